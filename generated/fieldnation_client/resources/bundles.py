"""Bundles: 4 operations, sync (``BundlesResource``) and async (``AsyncBundlesResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.bundle_request import BundleRequest
    from ..models.bundle_validation import BundleValidation
    from ..models.unbundle_request import UnbundleRequest

__all__ = ["AsyncBundlesResource", "BundlesResource"]

Timeout = float | httpx.Timeout | None


class BundlesResource(SyncResource):
    """Bundles operations; reach them as ``client.bundles``."""

    def validate_work_order_bundle(self, *, body: BundleRequest, timeout: Timeout = None) -> BundleValidation:
        """Validate Work Order Bundle.

        Checks whether the given work orders can be bundled (for example none of them is assigned yet)
        and reports errors, warnings and information. Nothing is changed.

        ``POST /workorders/bundle/validate``

        Args:
            body (BundleRequest): Body of `POST /workorders/bundle` and `POST
                /workorders/bundle/validate`: the work orders to bundle. Example: {'ids': [1001, 1002,
                1003]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import validate_work_order_bundle as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def bundle_work_orders(self, *, body: BundleRequest, timeout: Timeout = None) -> AsyncJob:
        """Bundle Work Order.

        Groups the given work orders into one bundle so a single provider takes them all. Only work
        orders not yet assigned can be bundled. The bundling runs in the background; the answer is the
        job.

        ``POST /workorders/bundle``

        Args:
            body (BundleRequest): Body of `POST /workorders/bundle` and `POST
                /workorders/bundle/validate`: the work orders to bundle. Example: {'ids': [1001, 1002,
                1003]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import bundle_work_orders as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def unbundle_work_orders(self, *, body: UnbundleRequest, timeout: Timeout = None) -> AsyncJob:
        """Unbundle Work Order.

        Takes the given work orders out of their bundle; the rest of the bundle stays. Runs in the
        background; the answer is the job. Work orders removed after routing may need routing again.

        ``POST /workorders/unbundle``

        Args:
            body (UnbundleRequest): Body of `POST /workorders/unbundle`: the work orders to take out
                of their bundle. Example: {'ids': [1002]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import unbundle_work_orders as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def delete_work_order_bundle(self, work_order_id: int, *, timeout: Timeout = None) -> AsyncJob:
        """Delete Work Order Bundle.

        Dissolves the bundle the work order belongs to; all its work orders become separate again. Runs
        in the background; the answer is the job.

        ``DELETE /workorders/{work_order_id}/bundle``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import delete_work_order_bundle as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncBundlesResource(AsyncResource):
    """Bundles operations; reach them as ``async_client.bundles``."""

    async def validate_work_order_bundle(
        self, *, body: BundleRequest, timeout: Timeout = None
    ) -> BundleValidation:
        """Validate Work Order Bundle.

        Checks whether the given work orders can be bundled (for example none of them is assigned yet)
        and reports errors, warnings and information. Nothing is changed.

        ``POST /workorders/bundle/validate``

        Args:
            body (BundleRequest): Body of `POST /workorders/bundle` and `POST
                /workorders/bundle/validate`: the work orders to bundle. Example: {'ids': [1001, 1002,
                1003]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import validate_work_order_bundle as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def bundle_work_orders(self, *, body: BundleRequest, timeout: Timeout = None) -> AsyncJob:
        """Bundle Work Order.

        Groups the given work orders into one bundle so a single provider takes them all. Only work
        orders not yet assigned can be bundled. The bundling runs in the background; the answer is the
        job.

        ``POST /workorders/bundle``

        Args:
            body (BundleRequest): Body of `POST /workorders/bundle` and `POST
                /workorders/bundle/validate`: the work orders to bundle. Example: {'ids': [1001, 1002,
                1003]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import bundle_work_orders as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def unbundle_work_orders(self, *, body: UnbundleRequest, timeout: Timeout = None) -> AsyncJob:
        """Unbundle Work Order.

        Takes the given work orders out of their bundle; the rest of the bundle stays. Runs in the
        background; the answer is the job. Work orders removed after routing may need routing again.

        ``POST /workorders/unbundle``

        Args:
            body (UnbundleRequest): Body of `POST /workorders/unbundle`: the work orders to take out
                of their bundle. Example: {'ids': [1002]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import unbundle_work_orders as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def delete_work_order_bundle(self, work_order_id: int, *, timeout: Timeout = None) -> AsyncJob:
        """Delete Work Order Bundle.

        Dissolves the bundle the work order belongs to; all its work orders become separate again. Runs
        in the background; the answer is the job.

        ``DELETE /workorders/{work_order_id}/bundle``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bundles import delete_work_order_bundle as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

"""Bundles: 4 operations, sync (``BundlesResource``) and async (``AsyncBundlesResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.bundle_create_request import BundleCreateRequest, BundleCreateRequestDict
    from ..models.bundle_created import BundleCreated
    from ..models.bundle_request import BundleRequest, BundleRequestDict
    from ..models.bundle_validation import BundleValidation
    from ..models.unbundle_request import UnbundleRequest, UnbundleRequestDict

    pass

__all__ = ["AsyncBundlesResource", "BundlesResource"]

Timeout = float | httpx.Timeout | None


class BundlesResource(SyncResource):
    """Bundles operations; reach them as ``client.bundles``."""

    @cached_property
    def with_raw_response(self) -> BundlesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return BundlesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BundlesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return BundlesResourceWithStreamingResponse(self)

    def validate_work_order_bundle(
        self,
        *,
        body: BundleRequest | BundleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> BundleValidation:
        """Validate Work Order Bundle.

        Checks whether the given work orders can be bundled (for example none of them is assigned yet)
        and reports errors, warnings and information. Nothing is changed.

        ``POST /workorders/bundle/validate``

        Args:
            body (BundleRequest): Body of `POST /workorders/bundle/validate`: the work orders to check
                (one is allowed; the answer then reports that a bundle needs at least two). Example:
                {'ids': [1001, 1002, 1003]}.

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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def bundle_work_orders(
        self,
        *,
        body: BundleCreateRequest | BundleCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob | BundleCreated:
        """Bundle Work Order.

        Groups the given work orders into one bundle so a single provider takes them all. Only work
        orders not yet assigned can be bundled. The bundling runs in the background; the answer is the
        job.

        ``POST /workorders/bundle``

        Args:
            body (BundleCreateRequest): Body of `POST /workorders/bundle`: the work orders to bundle,
                at least two (a bundle of one is no bundle; the validation operation reports that case as
                an error instead). Example: {'ids': [1001, 1002, 1003]}.

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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def unbundle_work_orders(
        self,
        *,
        body: UnbundleRequest | UnbundleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_bundle(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncBundlesResource(AsyncResource):
    """Bundles operations; reach them as ``async_client.bundles``."""

    @cached_property
    def with_raw_response(self) -> AsyncBundlesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncBundlesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBundlesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncBundlesResourceWithStreamingResponse(self)

    async def validate_work_order_bundle(
        self,
        *,
        body: BundleRequest | BundleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> BundleValidation:
        """Validate Work Order Bundle.

        Checks whether the given work orders can be bundled (for example none of them is assigned yet)
        and reports errors, warnings and information. Nothing is changed.

        ``POST /workorders/bundle/validate``

        Args:
            body (BundleRequest): Body of `POST /workorders/bundle/validate`: the work orders to check
                (one is allowed; the answer then reports that a bundle needs at least two). Example:
                {'ids': [1001, 1002, 1003]}.

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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def bundle_work_orders(
        self,
        *,
        body: BundleCreateRequest | BundleCreateRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob | BundleCreated:
        """Bundle Work Order.

        Groups the given work orders into one bundle so a single provider takes them all. Only work
        orders not yet assigned can be bundled. The bundling runs in the background; the answer is the
        job.

        ``POST /workorders/bundle``

        Args:
            body (BundleCreateRequest): Body of `POST /workorders/bundle`: the work orders to bundle,
                at least two (a bundle of one is no bundle; the validation operation reports that case as
                an error instead). Example: {'ids': [1001, 1002, 1003]}.

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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def unbundle_work_orders(
        self,
        *,
        body: UnbundleRequest | UnbundleRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_bundle(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class BundlesResourceWithRawResponse:
    """``BundlesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: BundlesResource) -> None:
        self.validate_work_order_bundle = to_raw_response_wrapper(resource.validate_work_order_bundle)
        self.bundle_work_orders = to_raw_response_wrapper(resource.bundle_work_orders)
        self.unbundle_work_orders = to_raw_response_wrapper(resource.unbundle_work_orders)
        self.delete_work_order_bundle = to_raw_response_wrapper(resource.delete_work_order_bundle)


class BundlesResourceWithStreamingResponse:
    """``BundlesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: BundlesResource) -> None:
        self.validate_work_order_bundle = to_streamed_response_wrapper(resource.validate_work_order_bundle)
        self.bundle_work_orders = to_streamed_response_wrapper(resource.bundle_work_orders)
        self.unbundle_work_orders = to_streamed_response_wrapper(resource.unbundle_work_orders)
        self.delete_work_order_bundle = to_streamed_response_wrapper(resource.delete_work_order_bundle)


class AsyncBundlesResourceWithRawResponse:
    """``AsyncBundlesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncBundlesResource) -> None:
        self.validate_work_order_bundle = async_to_raw_response_wrapper(resource.validate_work_order_bundle)
        self.bundle_work_orders = async_to_raw_response_wrapper(resource.bundle_work_orders)
        self.unbundle_work_orders = async_to_raw_response_wrapper(resource.unbundle_work_orders)
        self.delete_work_order_bundle = async_to_raw_response_wrapper(resource.delete_work_order_bundle)


class AsyncBundlesResourceWithStreamingResponse:
    """``AsyncBundlesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncBundlesResource) -> None:
        self.validate_work_order_bundle = async_to_streamed_response_wrapper(
            resource.validate_work_order_bundle
        )
        self.bundle_work_orders = async_to_streamed_response_wrapper(resource.bundle_work_orders)
        self.unbundle_work_orders = async_to_streamed_response_wrapper(resource.unbundle_work_orders)
        self.delete_work_order_bundle = async_to_streamed_response_wrapper(resource.delete_work_order_bundle)

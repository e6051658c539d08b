"""Qualifications: 4 operations, sync (``QualificationsResource``) and async (``AsyncQualificationsResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.qualification_input import QualificationInput
    from ..models.qualification_list import QualificationList

__all__ = ["AsyncQualificationsResource", "QualificationsResource"]

Timeout = float | httpx.Timeout | None


class QualificationsResource(SyncResource):
    """Qualifications operations; reach them as ``client.qualifications``."""

    def list_work_order_qualifications(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> QualificationList:
        """List Work Order Qualifications.

        Returns the qualification requirements of the work order (its selection rule) and how the
        provider pool measures up: how many providers meet every requirement, miss only optional ones,
        or miss a required one.

        ``GET /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import list_work_order_qualifications as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def update_work_order_qualification(
        self, work_order_id: int, *, body: QualificationInput, timeout: Timeout = None
    ) -> QualificationList:
        """Update Work Order Qualification.

        Replaces the work order's selection rule: rename it, add or drop requirements, or switch a
        requirement between required and optional.

        ``PUT /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):
            body (QualificationInput): Qualifications to set on a work order. The playground sends a
                whole selection rule (`selection_rule`); the narrative guide adds a single requirement
                with `qualification_id` + `required`. Either form is accepted. Example: {'selection_rule':
                {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import update_work_order_qualification as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def create_work_order_qualification(
        self, work_order_id: int, *, body: QualificationInput, timeout: Timeout = None
    ) -> QualificationList:
        """Create Work Order Qualification.

        Sets qualification requirements on the work order: either a whole selection rule (name plus
        required/optional requirements) or, in the guide's short form, one qualification by ID. Routing
        then filters providers by these requirements.

        ``POST /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):
            body (QualificationInput): Qualifications to set on a work order. The playground sends a
                whole selection rule (`selection_rule`); the narrative guide adds a single requirement
                with `qualification_id` + `required`. Either form is accepted. Example: {'selection_rule':
                {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import create_work_order_qualification as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def delete_work_order_qualification(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> QualificationList:
        """Delete Work Order Qualification.

        Removes the qualification requirements from the work order so that routing no longer filters
        providers by them. The answer is the (now empty) qualifications of the work order.

        ``DELETE /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import delete_work_order_qualification as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncQualificationsResource(AsyncResource):
    """Qualifications operations; reach them as ``async_client.qualifications``."""

    async def list_work_order_qualifications(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> QualificationList:
        """List Work Order Qualifications.

        Returns the qualification requirements of the work order (its selection rule) and how the
        provider pool measures up: how many providers meet every requirement, miss only optional ones,
        or miss a required one.

        ``GET /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import list_work_order_qualifications as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def update_work_order_qualification(
        self, work_order_id: int, *, body: QualificationInput, timeout: Timeout = None
    ) -> QualificationList:
        """Update Work Order Qualification.

        Replaces the work order's selection rule: rename it, add or drop requirements, or switch a
        requirement between required and optional.

        ``PUT /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):
            body (QualificationInput): Qualifications to set on a work order. The playground sends a
                whole selection rule (`selection_rule`); the narrative guide adds a single requirement
                with `qualification_id` + `required`. Either form is accepted. Example: {'selection_rule':
                {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import update_work_order_qualification as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def create_work_order_qualification(
        self, work_order_id: int, *, body: QualificationInput, timeout: Timeout = None
    ) -> QualificationList:
        """Create Work Order Qualification.

        Sets qualification requirements on the work order: either a whole selection rule (name plus
        required/optional requirements) or, in the guide's short form, one qualification by ID. Routing
        then filters providers by these requirements.

        ``POST /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):
            body (QualificationInput): Qualifications to set on a work order. The playground sends a
                whole selection rule (`selection_rule`); the narrative guide adds a single requirement
                with `qualification_id` + `required`. Either form is accepted. Example: {'selection_rule':
                {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import create_work_order_qualification as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def delete_work_order_qualification(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> QualificationList:
        """Delete Work Order Qualification.

        Removes the qualification requirements from the work order so that routing no longer filters
        providers by them. The answer is the (now empty) qualifications of the work order.

        ``DELETE /workorders/{work_order_id}/qualifications``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import delete_work_order_qualification as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

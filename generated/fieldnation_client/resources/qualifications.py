"""Qualifications: 4 operations, sync (``QualificationsResource``) and async (``AsyncQualificationsResource``)."""

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
    from ..models.qualification_input import QualificationInput, QualificationInputDict
    from ..models.qualification_list import QualificationList

    pass

__all__ = ["AsyncQualificationsResource", "QualificationsResource"]

Timeout = float | httpx.Timeout | None


class QualificationsResource(SyncResource):
    """Qualifications operations; reach them as ``client.qualifications``."""

    @cached_property
    def with_raw_response(self) -> QualificationsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return QualificationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> QualificationsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return QualificationsResourceWithStreamingResponse(self)

    def list_work_order_qualifications(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_work_order_qualification(
        self,
        work_order_id: int,
        *,
        body: QualificationInput | QualificationInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_work_order_qualification(
        self,
        work_order_id: int,
        *,
        body: QualificationInput | QualificationInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_qualification(
        self,
        work_order_id: int,
        qualification_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> QualificationList:
        """Delete Work Order Qualification.

        Removes one qualification requirement from the work order's selection rule, so that routing no
        longer filters providers by it. The answer is the remaining qualification requirements of the
        work order.

        ``DELETE /workorders/{work_order_id}/qualifications/{qualification_id}``

        Args:
            work_order_id (int):
            qualification_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import delete_work_order_qualification as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, qualification_id=qualification_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncQualificationsResource(AsyncResource):
    """Qualifications operations; reach them as ``async_client.qualifications``."""

    @cached_property
    def with_raw_response(self) -> AsyncQualificationsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncQualificationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncQualificationsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncQualificationsResourceWithStreamingResponse(self)

    async def list_work_order_qualifications(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_work_order_qualification(
        self,
        work_order_id: int,
        *,
        body: QualificationInput | QualificationInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_work_order_qualification(
        self,
        work_order_id: int,
        *,
        body: QualificationInput | QualificationInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_qualification(
        self,
        work_order_id: int,
        qualification_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> QualificationList:
        """Delete Work Order Qualification.

        Removes one qualification requirement from the work order's selection rule, so that routing no
        longer filters providers by it. The answer is the remaining qualification requirements of the
        work order.

        ``DELETE /workorders/{work_order_id}/qualifications/{qualification_id}``

        Args:
            work_order_id (int):
            qualification_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.qualifications import delete_work_order_qualification as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, qualification_id=qualification_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class QualificationsResourceWithRawResponse:
    """``QualificationsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: QualificationsResource) -> None:
        self.list_work_order_qualifications = to_raw_response_wrapper(resource.list_work_order_qualifications)
        self.update_work_order_qualification = to_raw_response_wrapper(
            resource.update_work_order_qualification
        )
        self.create_work_order_qualification = to_raw_response_wrapper(
            resource.create_work_order_qualification
        )
        self.delete_work_order_qualification = to_raw_response_wrapper(
            resource.delete_work_order_qualification
        )


class QualificationsResourceWithStreamingResponse:
    """``QualificationsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: QualificationsResource) -> None:
        self.list_work_order_qualifications = to_streamed_response_wrapper(
            resource.list_work_order_qualifications
        )
        self.update_work_order_qualification = to_streamed_response_wrapper(
            resource.update_work_order_qualification
        )
        self.create_work_order_qualification = to_streamed_response_wrapper(
            resource.create_work_order_qualification
        )
        self.delete_work_order_qualification = to_streamed_response_wrapper(
            resource.delete_work_order_qualification
        )


class AsyncQualificationsResourceWithRawResponse:
    """``AsyncQualificationsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncQualificationsResource) -> None:
        self.list_work_order_qualifications = async_to_raw_response_wrapper(
            resource.list_work_order_qualifications
        )
        self.update_work_order_qualification = async_to_raw_response_wrapper(
            resource.update_work_order_qualification
        )
        self.create_work_order_qualification = async_to_raw_response_wrapper(
            resource.create_work_order_qualification
        )
        self.delete_work_order_qualification = async_to_raw_response_wrapper(
            resource.delete_work_order_qualification
        )


class AsyncQualificationsResourceWithStreamingResponse:
    """``AsyncQualificationsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncQualificationsResource) -> None:
        self.list_work_order_qualifications = async_to_streamed_response_wrapper(
            resource.list_work_order_qualifications
        )
        self.update_work_order_qualification = async_to_streamed_response_wrapper(
            resource.update_work_order_qualification
        )
        self.create_work_order_qualification = async_to_streamed_response_wrapper(
            resource.create_work_order_qualification
        )
        self.delete_work_order_qualification = async_to_streamed_response_wrapper(
            resource.delete_work_order_qualification
        )

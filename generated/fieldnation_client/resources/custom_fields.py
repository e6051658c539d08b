"""Custom fields: 3 operations, sync (``CustomFieldsResource``) and async (``AsyncCustomFieldsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.custom_field import CustomField
    from ..models.custom_field_category import CustomFieldCategory
    from ..models.custom_field_list import CustomFieldList
    from ..models.custom_field_update import CustomFieldUpdate, CustomFieldUpdateDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncCustomFieldsResource", "CustomFieldsResource"]

Timeout = float | httpx.Timeout | None


class CustomFieldsResource(SyncResource):
    """Custom fields operations; reach them as ``client.custom_fields``."""

    @cached_property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return CustomFieldsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CustomFieldsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return CustomFieldsResourceWithStreamingResponse(self)

    def list_work_order_custom_fields(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CustomFieldList:
        """List Work Order Custom Fields.

        Returns the company's custom fields as they apply to one work order, grouped by category (buyer
        fields, provider fields), each with its current value, type, dependency and visibility flags.

        ``GET /workorders/{work_order_id}/custom_fields``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.custom_fields import list_work_order_custom_fields as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_custom_fields(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[CustomField | CustomFieldCategory]:
        """List Work Order Custom Fields: every item, across all pages.

        Returns the company's custom fields as they apply to one work order, grouped by category (buyer
        fields, provider fields), each with its current value, type, dependency and visibility flags.

        ``GET /workorders/{work_order_id}/custom_fields``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> CustomFieldList:
            return self.list_work_order_custom_fields(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_custom_fields(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[CustomField | CustomFieldCategory, CustomFieldList]:
        """The first page of ``list_work_order_custom_fields`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> CustomFieldList:
            return self.list_work_order_custom_fields(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def get_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CustomField:
        """Get Work Order Custom Field.

        Returns one custom field of a work order with its current value and definition.

        ``GET /workorders/{work_order_id}/custom_fields/{custom_field_id}``

        Args:
            work_order_id (int):
            custom_field_id (str):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.custom_fields import get_work_order_custom_field as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, custom_field_id=custom_field_id, acting_user_id=acting_user_id
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Custom Field.

        Sets the value of one custom field on a work order and returns the updated work order. The
        field's definition (name, type, options, flags) is managed by the company and cannot be changed
        here.

        ``PUT /workorders/{work_order_id}/custom_fields/{custom_field_id}``

        Args:
            work_order_id (int):
            custom_field_id (str):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (CustomFieldUpdate): Body of `PUT
                /workorders/{work_order_id}/custom_fields/{custom_field_id}`. Example: {'value': '5522'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.custom_fields import update_work_order_custom_field as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                custom_field_id=custom_field_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncCustomFieldsResource(AsyncResource):
    """Custom fields operations; reach them as ``async_client.custom_fields``."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncCustomFieldsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCustomFieldsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncCustomFieldsResourceWithStreamingResponse(self)

    async def list_work_order_custom_fields(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CustomFieldList:
        """List Work Order Custom Fields.

        Returns the company's custom fields as they apply to one work order, grouped by category (buyer
        fields, provider fields), each with its current value, type, dependency and visibility flags.

        ``GET /workorders/{work_order_id}/custom_fields``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.custom_fields import list_work_order_custom_fields as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_custom_fields(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[CustomField | CustomFieldCategory]:
        """List Work Order Custom Fields: every item, across all pages.

        Returns the company's custom fields as they apply to one work order, grouped by category (buyer
        fields, provider fields), each with its current value, type, dependency and visibility flags.

        ``GET /workorders/{work_order_id}/custom_fields``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> CustomFieldList:
            return await self.list_work_order_custom_fields(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_custom_fields(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[CustomField | CustomFieldCategory, CustomFieldList]:
        """The first page of ``list_work_order_custom_fields`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> CustomFieldList:
            return await self.list_work_order_custom_fields(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def get_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> CustomField:
        """Get Work Order Custom Field.

        Returns one custom field of a work order with its current value and definition.

        ``GET /workorders/{work_order_id}/custom_fields/{custom_field_id}``

        Args:
            work_order_id (int):
            custom_field_id (str):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.custom_fields import get_work_order_custom_field as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, custom_field_id=custom_field_id, acting_user_id=acting_user_id
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    async def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_custom_field(
        self,
        work_order_id: int,
        custom_field_id: str,
        *,
        body: CustomFieldUpdate | CustomFieldUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Custom Field.

        Sets the value of one custom field on a work order and returns the updated work order. The
        field's definition (name, type, options, flags) is managed by the company and cannot be changed
        here.

        ``PUT /workorders/{work_order_id}/custom_fields/{custom_field_id}``

        Args:
            work_order_id (int):
            custom_field_id (str):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (CustomFieldUpdate): Body of `PUT
                /workorders/{work_order_id}/custom_fields/{custom_field_id}`. Example: {'value': '5522'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.custom_fields import update_work_order_custom_field as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                custom_field_id=custom_field_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class CustomFieldsResourceWithRawResponse:
    """``CustomFieldsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: CustomFieldsResource) -> None:
        self.list_work_order_custom_fields = to_raw_response_wrapper(resource.list_work_order_custom_fields)
        self.get_work_order_custom_field = to_raw_response_wrapper(resource.get_work_order_custom_field)
        self.update_work_order_custom_field = to_raw_response_wrapper(resource.update_work_order_custom_field)


class CustomFieldsResourceWithStreamingResponse:
    """``CustomFieldsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: CustomFieldsResource) -> None:
        self.list_work_order_custom_fields = to_streamed_response_wrapper(
            resource.list_work_order_custom_fields
        )
        self.get_work_order_custom_field = to_streamed_response_wrapper(resource.get_work_order_custom_field)
        self.update_work_order_custom_field = to_streamed_response_wrapper(
            resource.update_work_order_custom_field
        )


class AsyncCustomFieldsResourceWithRawResponse:
    """``AsyncCustomFieldsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        self.list_work_order_custom_fields = async_to_raw_response_wrapper(
            resource.list_work_order_custom_fields
        )
        self.get_work_order_custom_field = async_to_raw_response_wrapper(resource.get_work_order_custom_field)
        self.update_work_order_custom_field = async_to_raw_response_wrapper(
            resource.update_work_order_custom_field
        )


class AsyncCustomFieldsResourceWithStreamingResponse:
    """``AsyncCustomFieldsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        self.list_work_order_custom_fields = async_to_streamed_response_wrapper(
            resource.list_work_order_custom_fields
        )
        self.get_work_order_custom_field = async_to_streamed_response_wrapper(
            resource.get_work_order_custom_field
        )
        self.update_work_order_custom_field = async_to_streamed_response_wrapper(
            resource.update_work_order_custom_field
        )

"""Work orders: 5 operations, sync (``WorkOrdersResource``) and async (``AsyncWorkOrdersResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

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
    from ..models.create_work_order_attachment_body import CreateWorkOrderAttachmentBody
    from ..models.list_work_orders_list import ListWorkOrdersList
    from ..models.work_order import WorkOrder
    from ..models.work_order_create import WorkOrderCreate, WorkOrderCreateDict
    from ..models.work_order_list import WorkOrderList

    pass

__all__ = ["AsyncWorkOrdersResource", "WorkOrdersResource"]

Timeout = float | httpx.Timeout | None


class WorkOrdersResource(SyncResource):
    """Work orders operations; reach them as ``client.work_orders``."""

    @cached_property
    def with_raw_response(self) -> WorkOrdersResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return WorkOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WorkOrdersResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return WorkOrdersResourceWithStreamingResponse(self)

    def list_work_orders(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrderList:
        """List Work Orders.

        One page of work orders.

        ``GET /workorders``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            list_ (ListWorkOrdersList | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import list_work_orders as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(page=page, per_page=per_page, list_=list_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_orders(
        self,
        *,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[WorkOrder]:
        """List Work Orders: every item, across all pages.

        One page of work orders.

        ``GET /workorders``

        Args:
            per_page (int | Unset):  Default: 25.
            list_ (ListWorkOrdersList | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> WorkOrderList:
            return self.list_work_orders(
                page=position,
                per_page=per_page,
                list_=list_,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_orders(
        self,
        *,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[WorkOrder, WorkOrderList]:
        """The first page of ``list_work_orders`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> WorkOrderList:
            return self.list_work_orders(
                page=position,
                per_page=per_page,
                list_=list_,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order.

        Create a draft work order.

        ``POST /workorders``

        Args:
            body (WorkOrderCreate):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import create_work_order as _op  # loaded on first call

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

    def get_work_order(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Get Work Order Details.

        One work order.

        ``GET /workorders/{work_order_id}``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import get_work_order as _op  # loaded on first call

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

    def delete_work_order(
        self,
        work_order_id: int,
        *,
        cancel_reason: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> None:
        """Delete Work Order.

        Cancel a work order.

        ``DELETE /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            cancel_reason (str):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import delete_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, cancel_reason=cancel_reason),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: CreateWorkOrderAttachmentBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Attachment.

        Upload a file.

        ``POST /workorders/{work_order_id}/attachments/{folder_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            body (CreateWorkOrderAttachmentBody):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import create_work_order_attachment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, folder_id=folder_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncWorkOrdersResource(AsyncResource):
    """Work orders operations; reach them as ``async_client.work_orders``."""

    @cached_property
    def with_raw_response(self) -> AsyncWorkOrdersResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncWorkOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWorkOrdersResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncWorkOrdersResourceWithStreamingResponse(self)

    async def list_work_orders(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrderList:
        """List Work Orders.

        One page of work orders.

        ``GET /workorders``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            list_ (ListWorkOrdersList | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import list_work_orders as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(page=page, per_page=per_page, list_=list_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_orders(
        self,
        *,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[WorkOrder]:
        """List Work Orders: every item, across all pages.

        One page of work orders.

        ``GET /workorders``

        Args:
            per_page (int | Unset):  Default: 25.
            list_ (ListWorkOrdersList | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> WorkOrderList:
            return await self.list_work_orders(
                page=position,
                per_page=per_page,
                list_=list_,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_orders(
        self,
        *,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[WorkOrder, WorkOrderList]:
        """The first page of ``list_work_orders`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> WorkOrderList:
            return await self.list_work_orders(
                page=position,
                per_page=per_page,
                list_=list_,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order.

        Create a draft work order.

        ``POST /workorders``

        Args:
            body (WorkOrderCreate):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import create_work_order as _op  # loaded on first call

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

    async def get_work_order(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Get Work Order Details.

        One work order.

        ``GET /workorders/{work_order_id}``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import get_work_order as _op  # loaded on first call

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

    async def delete_work_order(
        self,
        work_order_id: int,
        *,
        cancel_reason: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> None:
        """Delete Work Order.

        Cancel a work order.

        ``DELETE /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            cancel_reason (str):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import delete_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, cancel_reason=cancel_reason),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: CreateWorkOrderAttachmentBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Attachment.

        Upload a file.

        ``POST /workorders/{work_order_id}/attachments/{folder_id}``

        Args:
            work_order_id (int):
            folder_id (int):
            body (CreateWorkOrderAttachmentBody):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import create_work_order_attachment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, folder_id=folder_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class WorkOrdersResourceWithRawResponse:
    """``WorkOrdersResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: WorkOrdersResource) -> None:
        self.list_work_orders = to_raw_response_wrapper(resource.list_work_orders)
        self.create_work_order = to_raw_response_wrapper(resource.create_work_order)
        self.get_work_order = to_raw_response_wrapper(resource.get_work_order)
        self.delete_work_order = to_raw_response_wrapper(resource.delete_work_order)
        self.create_work_order_attachment = to_raw_response_wrapper(resource.create_work_order_attachment)


class WorkOrdersResourceWithStreamingResponse:
    """``WorkOrdersResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: WorkOrdersResource) -> None:
        self.list_work_orders = to_streamed_response_wrapper(resource.list_work_orders)
        self.create_work_order = to_streamed_response_wrapper(resource.create_work_order)
        self.get_work_order = to_streamed_response_wrapper(resource.get_work_order)
        self.delete_work_order = to_streamed_response_wrapper(resource.delete_work_order)
        self.create_work_order_attachment = to_streamed_response_wrapper(
            resource.create_work_order_attachment
        )


class AsyncWorkOrdersResourceWithRawResponse:
    """``AsyncWorkOrdersResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncWorkOrdersResource) -> None:
        self.list_work_orders = async_to_raw_response_wrapper(resource.list_work_orders)
        self.create_work_order = async_to_raw_response_wrapper(resource.create_work_order)
        self.get_work_order = async_to_raw_response_wrapper(resource.get_work_order)
        self.delete_work_order = async_to_raw_response_wrapper(resource.delete_work_order)
        self.create_work_order_attachment = async_to_raw_response_wrapper(
            resource.create_work_order_attachment
        )


class AsyncWorkOrdersResourceWithStreamingResponse:
    """``AsyncWorkOrdersResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncWorkOrdersResource) -> None:
        self.list_work_orders = async_to_streamed_response_wrapper(resource.list_work_orders)
        self.create_work_order = async_to_streamed_response_wrapper(resource.create_work_order)
        self.get_work_order = async_to_streamed_response_wrapper(resource.get_work_order)
        self.delete_work_order = async_to_streamed_response_wrapper(resource.delete_work_order)
        self.create_work_order_attachment = async_to_streamed_response_wrapper(
            resource.create_work_order_attachment
        )

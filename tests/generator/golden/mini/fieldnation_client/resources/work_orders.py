"""Work orders: 5 operations, sync (``WorkOrdersResource``) and async (``AsyncWorkOrdersResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_work_order_attachment_body import CreateWorkOrderAttachmentBody
    from ..models.list_work_orders_list import ListWorkOrdersList
    from ..models.work_order import WorkOrder
    from ..models.work_order_create import WorkOrderCreate
    from ..models.work_order_list import WorkOrderList

__all__ = ["AsyncWorkOrdersResource", "WorkOrdersResource"]

Timeout = float | httpx.Timeout | None


class WorkOrdersResource(SyncResource):
    """Work orders operations; reach them as ``client.work_orders``."""

    def list_work_orders(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
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
        )

    def iter_work_orders(
        self,
        *,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
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
            return self.list_work_orders(page=position, per_page=per_page, list_=list_, timeout=timeout)

        return iter_pages(fetch, "results")

    def create_work_order(self, *, body: WorkOrderCreate, timeout: Timeout = None) -> WorkOrder:
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
        )

    def get_work_order(self, work_order_id: int, *, timeout: Timeout = None) -> WorkOrder:
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
        )

    def delete_work_order(self, work_order_id: int, *, cancel_reason: str, timeout: Timeout = None) -> None:
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
        )

    def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: CreateWorkOrderAttachmentBody,
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
        )


class AsyncWorkOrdersResource(AsyncResource):
    """Work orders operations; reach them as ``async_client.work_orders``."""

    async def list_work_orders(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
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
        )

    def iter_work_orders(
        self,
        *,
        per_page: int | Unset = 25,
        list_: ListWorkOrdersList | Unset = UNSET,
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
            return await self.list_work_orders(page=position, per_page=per_page, list_=list_, timeout=timeout)

        return aiter_pages(fetch, "results")

    async def create_work_order(self, *, body: WorkOrderCreate, timeout: Timeout = None) -> WorkOrder:
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
        )

    async def get_work_order(self, work_order_id: int, *, timeout: Timeout = None) -> WorkOrder:
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
        )

    async def delete_work_order(
        self, work_order_id: int, *, cancel_reason: str, timeout: Timeout = None
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
        )

    async def create_work_order_attachment(
        self,
        work_order_id: int,
        folder_id: int,
        *,
        body: CreateWorkOrderAttachmentBody,
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
        )

"""Shipments: 4 operations, sync (``ShipmentsResource``) and async (``AsyncShipmentsResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

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
    from ..models.shipment_input import ShipmentInput, ShipmentInputDict
    from ..models.shipment_list import ShipmentList
    from ..models.shipment_update import ShipmentUpdate, ShipmentUpdateDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncShipmentsResource", "ShipmentsResource"]

Timeout = float | httpx.Timeout | None


class ShipmentsResource(SyncResource):
    """Shipments operations; reach them as ``client.shipments``."""

    @cached_property
    def with_raw_response(self) -> ShipmentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ShipmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ShipmentsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ShipmentsResourceWithStreamingResponse(self)

    def list_work_order_shipments(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ShipmentList:
        """List Work Order Shipments.

        Returns the shipments recorded on a work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), each with its direction, carrier, tracking number and
        delivery status.

        ``GET /workorders/{work_order_id}/shipments``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import list_work_order_shipments as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
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
    def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Shipment.

        Records a shipment of parts going to or coming from the site. The answer is the whole work
        order; the new shipment is the first entry of `shipments.results` (the local sandbox's order,
        x-sandbox; Field Nation does not document the order).

        ``POST /workorders/{work_order_id}/shipments``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ShipmentInput): Body of `POST /workorders/{work_order_id}/shipments`. Underscore
                directions (`to_site`), as written in Field Nation's guide, are accepted besides the API's
                spaced values. Example: {'name': 'Replacement POS terminal', 'direction': 'to site',
                'carrier': {'name': 'fedex', 'tracking': '123456789012'}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import create_work_order_shipment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, acting_user_id=acting_user_id, async_=async_
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
    def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Shipment.

        Changes a shipment (what is shipped, carrier, tracking number, status...). Only the fields sent
        change. Answers the updated work order.

        ``PUT /workorders/{work_order_id}/shipments/{shipment_id}``

        Args:
            work_order_id (int):
            shipment_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ShipmentUpdate): Body of `PUT /workorders/{work_order_id}/shipments/{shipment_id}`.
                Every field is optional; only those sent change. Accepts the same alternatives as
                `ShipmentInput`. Example: {'carrier': {'name': 'fedex', 'tracking': '123456789013'},
                'status': 'Arrived'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import update_work_order_shipment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                shipment_id=shipment_id,
                body=body,
                acting_user_id=acting_user_id,
                async_=async_,
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
    def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Shipment.

        Removes a shipment from the work order and answers the updated work order.

        ``DELETE /workorders/{work_order_id}/shipments/{shipment_id}``

        Args:
            work_order_id (int):
            shipment_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import delete_work_order_shipment as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                shipment_id=shipment_id,
                acting_user_id=acting_user_id,
                async_=async_,
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


class AsyncShipmentsResource(AsyncResource):
    """Shipments operations; reach them as ``async_client.shipments``."""

    @cached_property
    def with_raw_response(self) -> AsyncShipmentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncShipmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncShipmentsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncShipmentsResourceWithStreamingResponse(self)

    async def list_work_order_shipments(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ShipmentList:
        """List Work Order Shipments.

        Returns the shipments recorded on a work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), each with its direction, carrier, tracking number and
        delivery status.

        ``GET /workorders/{work_order_id}/shipments``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import list_work_order_shipments as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
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
    async def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order_shipment(
        self,
        work_order_id: int,
        *,
        body: ShipmentInput | ShipmentInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Shipment.

        Records a shipment of parts going to or coming from the site. The answer is the whole work
        order; the new shipment is the first entry of `shipments.results` (the local sandbox's order,
        x-sandbox; Field Nation does not document the order).

        ``POST /workorders/{work_order_id}/shipments``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ShipmentInput): Body of `POST /workorders/{work_order_id}/shipments`. Underscore
                directions (`to_site`), as written in Field Nation's guide, are accepted besides the API's
                spaced values. Example: {'name': 'Replacement POS terminal', 'direction': 'to site',
                'carrier': {'name': 'fedex', 'tracking': '123456789012'}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import create_work_order_shipment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, acting_user_id=acting_user_id, async_=async_
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
    async def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        body: ShipmentUpdate | ShipmentUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Shipment.

        Changes a shipment (what is shipped, carrier, tracking number, status...). Only the fields sent
        change. Answers the updated work order.

        ``PUT /workorders/{work_order_id}/shipments/{shipment_id}``

        Args:
            work_order_id (int):
            shipment_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ShipmentUpdate): Body of `PUT /workorders/{work_order_id}/shipments/{shipment_id}`.
                Every field is optional; only those sent change. Accepts the same alternatives as
                `ShipmentInput`. Example: {'carrier': {'name': 'fedex', 'tracking': '123456789013'},
                'status': 'Arrived'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import update_work_order_shipment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                shipment_id=shipment_id,
                body=body,
                acting_user_id=acting_user_id,
                async_=async_,
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
    async def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order_shipment(
        self,
        work_order_id: int,
        shipment_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Shipment.

        Removes a shipment from the work order and answers the updated work order.

        ``DELETE /workorders/{work_order_id}/shipments/{shipment_id}``

        Args:
            work_order_id (int):
            shipment_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.shipments import delete_work_order_shipment as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                shipment_id=shipment_id,
                acting_user_id=acting_user_id,
                async_=async_,
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


class ShipmentsResourceWithRawResponse:
    """``ShipmentsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ShipmentsResource) -> None:
        self.list_work_order_shipments = to_raw_response_wrapper(resource.list_work_order_shipments)
        self.create_work_order_shipment = to_raw_response_wrapper(resource.create_work_order_shipment)
        self.update_work_order_shipment = to_raw_response_wrapper(resource.update_work_order_shipment)
        self.delete_work_order_shipment = to_raw_response_wrapper(resource.delete_work_order_shipment)


class ShipmentsResourceWithStreamingResponse:
    """``ShipmentsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ShipmentsResource) -> None:
        self.list_work_order_shipments = to_streamed_response_wrapper(resource.list_work_order_shipments)
        self.create_work_order_shipment = to_streamed_response_wrapper(resource.create_work_order_shipment)
        self.update_work_order_shipment = to_streamed_response_wrapper(resource.update_work_order_shipment)
        self.delete_work_order_shipment = to_streamed_response_wrapper(resource.delete_work_order_shipment)


class AsyncShipmentsResourceWithRawResponse:
    """``AsyncShipmentsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncShipmentsResource) -> None:
        self.list_work_order_shipments = async_to_raw_response_wrapper(resource.list_work_order_shipments)
        self.create_work_order_shipment = async_to_raw_response_wrapper(resource.create_work_order_shipment)
        self.update_work_order_shipment = async_to_raw_response_wrapper(resource.update_work_order_shipment)
        self.delete_work_order_shipment = async_to_raw_response_wrapper(resource.delete_work_order_shipment)


class AsyncShipmentsResourceWithStreamingResponse:
    """``AsyncShipmentsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncShipmentsResource) -> None:
        self.list_work_order_shipments = async_to_streamed_response_wrapper(
            resource.list_work_order_shipments
        )
        self.create_work_order_shipment = async_to_streamed_response_wrapper(
            resource.create_work_order_shipment
        )
        self.update_work_order_shipment = async_to_streamed_response_wrapper(
            resource.update_work_order_shipment
        )
        self.delete_work_order_shipment = async_to_streamed_response_wrapper(
            resource.delete_work_order_shipment
        )

"""Assignments: 3 operations, sync (``AssignmentsResource``) and async (``AsyncAssignmentsResource``)."""

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
from ..models.list_work_order_pending_requests_list import ListWorkOrderPendingRequestsList
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_provider import PendingProvider
    from ..models.pending_provider_list import PendingProviderList
    from ..models.provider_cancel_input import ProviderCancelInput, ProviderCancelInputDict
    from ..models.provider_delay_input import ProviderDelayInput, ProviderDelayInputDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncAssignmentsResource", "AssignmentsResource"]

Timeout = float | httpx.Timeout | None


class AssignmentsResource(SyncResource):
    """Assignments operations; reach them as ``client.assignments``."""

    @cached_property
    def with_raw_response(self) -> AssignmentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return AssignmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AssignmentsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return AssignmentsResourceWithStreamingResponse(self)

    def unassign_work_order_provider(
        self,
        work_order_id: int,
        *,
        body: ProviderCancelInput | ProviderCancelInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Unassign Work Order Provider.

        Takes the work order away from its assigned provider and records why. The work order goes back
        to Routed (or Published) so it can be filled again. Answers the updated work order.

        ``POST /workorders/{work_order_id}/provider/cancel``

        Args:
            work_order_id (int):
            body (ProviderCancelInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/provider/cancel`: why the assigned provider is removed.
                Example: {'reason': 'Vehicle breakdown', 'reason_id': 5, 'note': 'Cannot make it to site
                today'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.assignments import unassign_work_order_provider as _op  # loaded on first call

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

    def acknowledge_provider_delay(
        self,
        work_order_id: int,
        *,
        body: ProviderDelayInput | ProviderDelayInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Acknowledge Provider Delay.

        Acknowledges that the assigned provider reported running late. The delay shows on the work
        order's status and ETA condition. Answers the updated work order.

        ``POST /workorders/{work_order_id}/provider/delay``

        Args:
            work_order_id (int):
            body (ProviderDelayInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/provider/delay`. A client acknowledging a delay sends nothing;
                the fields are those the guide shows for the provider reporting one. Example:
                {'delay_minutes': 30, 'reason': 'Traffic accident ahead', 'new_eta': {'utc': '2026-07-01
                15:30:00'}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.assignments import acknowledge_provider_delay as _op  # loaded on first call

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

    def list_work_order_pending_requests(
        self,
        work_order_id: int,
        *,
        list_: ListWorkOrderPendingRequestsList
        | Unset = ListWorkOrderPendingRequestsList.FIND_PROVIDERS_PENDING_ASSIGNMENT,
        sticky: bool | Unset = UNSET,
        default_view: str | Unset = UNSET,
        view: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PendingProviderList | list[PendingProvider]:
        """List Work Order Pending Requests.

        Lists providers related to the work order. With `list=find_providers_pending_assignment` (the
        default here) it returns the providers waiting for assignment: those who requested the work,
        each with their request (and counter-offer, if any).

        ``GET /workorders/{work_order_id}/providers``

        Args:
            work_order_id (int):
            list_ (ListWorkOrderPendingRequestsList | Unset):  Default:
                ListWorkOrderPendingRequestsList.FIND_PROVIDERS_PENDING_ASSIGNMENT.
            sticky (bool | Unset):
            default_view (str | Unset):
            view (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.assignments import list_work_order_pending_requests as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                list_=list_,
                sticky=sticky,
                default_view=default_view,
                view=view,
                page=page,
                per_page=per_page,
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


class AsyncAssignmentsResource(AsyncResource):
    """Assignments operations; reach them as ``async_client.assignments``."""

    @cached_property
    def with_raw_response(self) -> AsyncAssignmentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncAssignmentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAssignmentsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncAssignmentsResourceWithStreamingResponse(self)

    async def unassign_work_order_provider(
        self,
        work_order_id: int,
        *,
        body: ProviderCancelInput | ProviderCancelInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Unassign Work Order Provider.

        Takes the work order away from its assigned provider and records why. The work order goes back
        to Routed (or Published) so it can be filled again. Answers the updated work order.

        ``POST /workorders/{work_order_id}/provider/cancel``

        Args:
            work_order_id (int):
            body (ProviderCancelInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/provider/cancel`: why the assigned provider is removed.
                Example: {'reason': 'Vehicle breakdown', 'reason_id': 5, 'note': 'Cannot make it to site
                today'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.assignments import unassign_work_order_provider as _op  # loaded on first call

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

    async def acknowledge_provider_delay(
        self,
        work_order_id: int,
        *,
        body: ProviderDelayInput | ProviderDelayInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Acknowledge Provider Delay.

        Acknowledges that the assigned provider reported running late. The delay shows on the work
        order's status and ETA condition. Answers the updated work order.

        ``POST /workorders/{work_order_id}/provider/delay``

        Args:
            work_order_id (int):
            body (ProviderDelayInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/provider/delay`. A client acknowledging a delay sends nothing;
                the fields are those the guide shows for the provider reporting one. Example:
                {'delay_minutes': 30, 'reason': 'Traffic accident ahead', 'new_eta': {'utc': '2026-07-01
                15:30:00'}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.assignments import acknowledge_provider_delay as _op  # loaded on first call

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

    async def list_work_order_pending_requests(
        self,
        work_order_id: int,
        *,
        list_: ListWorkOrderPendingRequestsList
        | Unset = ListWorkOrderPendingRequestsList.FIND_PROVIDERS_PENDING_ASSIGNMENT,
        sticky: bool | Unset = UNSET,
        default_view: str | Unset = UNSET,
        view: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PendingProviderList | list[PendingProvider]:
        """List Work Order Pending Requests.

        Lists providers related to the work order. With `list=find_providers_pending_assignment` (the
        default here) it returns the providers waiting for assignment: those who requested the work,
        each with their request (and counter-offer, if any).

        ``GET /workorders/{work_order_id}/providers``

        Args:
            work_order_id (int):
            list_ (ListWorkOrderPendingRequestsList | Unset):  Default:
                ListWorkOrderPendingRequestsList.FIND_PROVIDERS_PENDING_ASSIGNMENT.
            sticky (bool | Unset):
            default_view (str | Unset):
            view (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.assignments import list_work_order_pending_requests as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                list_=list_,
                sticky=sticky,
                default_view=default_view,
                view=view,
                page=page,
                per_page=per_page,
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


class AssignmentsResourceWithRawResponse:
    """``AssignmentsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: AssignmentsResource) -> None:
        self.unassign_work_order_provider = to_raw_response_wrapper(resource.unassign_work_order_provider)
        self.acknowledge_provider_delay = to_raw_response_wrapper(resource.acknowledge_provider_delay)
        self.list_work_order_pending_requests = to_raw_response_wrapper(
            resource.list_work_order_pending_requests
        )


class AssignmentsResourceWithStreamingResponse:
    """``AssignmentsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: AssignmentsResource) -> None:
        self.unassign_work_order_provider = to_streamed_response_wrapper(
            resource.unassign_work_order_provider
        )
        self.acknowledge_provider_delay = to_streamed_response_wrapper(resource.acknowledge_provider_delay)
        self.list_work_order_pending_requests = to_streamed_response_wrapper(
            resource.list_work_order_pending_requests
        )


class AsyncAssignmentsResourceWithRawResponse:
    """``AsyncAssignmentsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncAssignmentsResource) -> None:
        self.unassign_work_order_provider = async_to_raw_response_wrapper(
            resource.unassign_work_order_provider
        )
        self.acknowledge_provider_delay = async_to_raw_response_wrapper(resource.acknowledge_provider_delay)
        self.list_work_order_pending_requests = async_to_raw_response_wrapper(
            resource.list_work_order_pending_requests
        )


class AsyncAssignmentsResourceWithStreamingResponse:
    """``AsyncAssignmentsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncAssignmentsResource) -> None:
        self.unassign_work_order_provider = async_to_streamed_response_wrapper(
            resource.unassign_work_order_provider
        )
        self.acknowledge_provider_delay = async_to_streamed_response_wrapper(
            resource.acknowledge_provider_delay
        )
        self.list_work_order_pending_requests = async_to_streamed_response_wrapper(
            resource.list_work_order_pending_requests
        )

"""Workflow: 11 operations, sync (``WorkflowResource``) and async (``AsyncWorkflowResource``)."""

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
    from ..models.auto_dispatch_request import AutoDispatchRequest, AutoDispatchRequestDict
    from ..models.auto_dispatch_response import AutoDispatchResponse
    from ..models.empty_answer import EmptyAnswer
    from ..models.user import User
    from ..models.user_ref import UserRef
    from ..models.work_order import WorkOrder
    from ..models.work_order_assign_request import WorkOrderAssignRequest, WorkOrderAssignRequestDict
    from ..models.work_order_mass_route_request import (
        WorkOrderMassRouteRequest,
        WorkOrderMassRouteRequestDict,
    )
    from ..models.work_order_route_request import WorkOrderRouteRequest, WorkOrderRouteRequestDict
    from ..models.work_order_unassign_request import WorkOrderUnassignRequest, WorkOrderUnassignRequestDict

    pass

__all__ = ["AsyncWorkflowResource", "WorkflowResource"]

Timeout = float | httpx.Timeout | None


class WorkflowResource(SyncResource):
    """Workflow operations; reach them as ``client.workflow``."""

    @cached_property
    def with_raw_response(self) -> WorkflowResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return WorkflowResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WorkflowResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return WorkflowResourceWithStreamingResponse(self)

    @overload
    def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Publish a Work Order.

        Moves a Draft work order to Published, making it visible to providers in the marketplace or in
        the networks it is offered in, who can then request it. The work order must be complete enough
        to publish (schedule, location, pay). Answers the published work order, or a job with
        `async=true`.

        ``POST /workorders/{work_order_id}/publish``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import publish_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
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
    def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Unpublish a Work Order.

        Takes a Published work order off the marketplace and returns it to Draft, where it is visible
        only to the company again and can be edited freely. Answers the work order, or a job with
        `async=true`.

        ``DELETE /workorders/{work_order_id}/publish``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import unpublish_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
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
    def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Approve a Work Order.

        Accepts the provider's work on a work order in Work Done. Final pay is computed (including
        bonuses, expenses and penalties) and the payment is released to the provider. To send the work
        back instead, mark the work order incomplete.

        ``POST /workorders/{work_order_id}/approve``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import approve_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
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
    def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Revert work order to draft status.

        Returns a published or routed work order to Draft, withdrawing it from every provider it was
        offered to. Answers the work order, or a job with `async=true`.

        ``DELETE /workorders/{work_order_id}/draft``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import revert_work_order_to_draft as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def mass_route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderMassRouteRequest | WorkOrderMassRouteRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob:
        """Mass route a work order to providers.

        Routes the work order to many providers in one request: a list of provider ids, or every member
        of a talent pool. The routing is queued as a background job; the answer carries the job id. The
        first routed provider to accept is assigned.

        ``POST /workorders/{work_order_id}/mass-route``

        Args:
            work_order_id (int):
            body (WorkOrderMassRouteRequest): Providers to route the work order to in one request: a
                list of provider ids, or a talent pool whose members all receive the route. The routing
                runs as a background job. Example: {'ids': [9001, 9002, 9003]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import mass_route_work_order as _op  # loaded on first call

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

    @overload
    def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> UserRef: ...

    @overload
    def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> UserRef | AsyncJob: ...

    def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> UserRef | AsyncJob:
        """Route a work order to a user.

        Offers the work order directly to one provider, who can accept it (and is then assigned) or
        decline. Use `acting_user_id` to route on behalf of another company user. Answers the routed
        provider, or a job with `async=true`.

        ``POST /workorders/{work_order_id}/route``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (WorkOrderRouteRequest): The provider to route the work order to (or to remove from
                its routes). The reference and playground name the provider `technician`; `user` is
                accepted as well, as the assignment endpoints use that key. Example: {'technician': {'id':
                9001}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import route_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, async_=async_, acting_user_id=acting_user_id
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
    def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Un-route a work order from an user.

        Withdraws the route offered to one provider, who can then no longer accept the work order. Name
        the provider in the body. Answers the work order, or a job with `async=true`.

        ``DELETE /workorders/{work_order_id}/route``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderRouteRequest | Unset): The provider to route the work order to (or to
                remove from its routes). The reference and playground name the provider `technician`;
                `user` is accepted as well, as the assignment endpoints use that key. Example:
                {'technician': {'id': 9001}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import unroute_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
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
    def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | EmptyAnswer: ...

    @overload
    def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | EmptyAnswer | AsyncJob: ...

    def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | EmptyAnswer | AsyncJob:
        """Assign user by work order.

        Assigns a provider directly, skipping the request/route step; this is the contract step, so the
        work order's funds are committed. Set `clientPayTermsAccepted=true` to record that the client's
        pay terms were accepted, and `ignored_missing_qualifications` to assign a provider who lacks
        some qualifications. Answers the assigned work order, or a job with `async=true`.

        ``POST /workorders/{work_order_id}/assignee``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            client_pay_terms_accepted (bool | Unset):
            body (WorkOrderAssignRequest): The provider to assign directly. Assigning creates the
                contract with the provider and commits the work order's funds. Example: {'user': {'id':
                9001}, 'ignored_missing_qualifications': False}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import assign_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
                client_pay_terms_accepted=client_pay_terms_accepted,
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
    def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User: ...

    @overload
    def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | AsyncJob: ...

    def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | AsyncJob:
        """Unassign user from a work order.

        Removes the assigned provider; the work order goes back to Published or Routed so it can be
        filled again. Give a cancellation reason id and a comment, especially once the provider has
        started; unassigning late can affect the company's metrics.

        ``DELETE /workorders/{work_order_id}/assignee``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderUnassignRequest | Unset): Details of removing the assigned provider: who,
                why (a cancellation reason id of the company) and a comment. Removing a provider who
                already started may require a reason. Example: {'user': {'id': 9001}, 'reason_id': 7,
                'comment': 'Provider cancelled; we will route to another technician.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import unassign_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
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
    def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Incomplete a Work Order.

        Rejects the work of a work order in Work Done and sends it back to the provider: the status
        returns to Assigned until the provider marks it complete again. Both a text `reason` and a
        `reason_id` from the company's incomplete reasons are required.

        ``DELETE /workorders/{work_order_id}/complete``

        Args:
            work_order_id (int):
            reason (str):
            reason_id (int | Unset):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import incomplete_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, reason=reason, reason_id=reason_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def auto_dispatch_work_orders(
        self,
        *,
        body: AutoDispatchRequest | AutoDispatchRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AutoDispatchResponse:
        """Auto-Dispatch Work Order.

        Hands one or more work orders to automatic dispatch: a background job publishes or routes them
        to providers chosen by a selection rule (optionally limited to some networks, tiered, or
        delayed) and assigns one. The answer describes the job.

        ``POST /workorders/auto_dispatch``

        Args:
            body (AutoDispatchRequest): Body of `POST /workorders/auto_dispatch`. Example:
                {'work_order_ids': [1001, 1002], 'network_ids': [50], 'selection_rule_id': 0, 'delay':
                900, 'should_route': True, 'auto_assign': False, 'also_publish': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import auto_dispatch_work_orders as _op  # loaded on first call

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


class AsyncWorkflowResource(AsyncResource):
    """Workflow operations; reach them as ``async_client.workflow``."""

    @cached_property
    def with_raw_response(self) -> AsyncWorkflowResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncWorkflowResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWorkflowResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncWorkflowResourceWithStreamingResponse(self)

    @overload
    async def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def publish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Publish a Work Order.

        Moves a Draft work order to Published, making it visible to providers in the marketplace or in
        the networks it is offered in, who can then request it. The work order must be complete enough
        to publish (schedule, location, pay). Answers the published work order, or a job with
        `async=true`.

        ``POST /workorders/{work_order_id}/publish``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import publish_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
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
    async def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def unpublish_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Unpublish a Work Order.

        Takes a Published work order off the marketplace and returns it to Draft, where it is visible
        only to the company again and can be edited freely. Answers the work order, or a job with
        `async=true`.

        ``DELETE /workorders/{work_order_id}/publish``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import unpublish_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
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
    async def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def approve_work_order(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Approve a Work Order.

        Accepts the provider's work on a work order in Work Done. Final pay is computed (including
        bonuses, expenses and penalties) and the payment is released to the provider. To send the work
        back instead, mark the work order incomplete.

        ``POST /workorders/{work_order_id}/approve``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import approve_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
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
    async def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def revert_work_order_to_draft(
        self,
        work_order_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Revert work order to draft status.

        Returns a published or routed work order to Draft, withdrawing it from every provider it was
        offered to. Answers the work order, or a job with `async=true`.

        ``DELETE /workorders/{work_order_id}/draft``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import revert_work_order_to_draft as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def mass_route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderMassRouteRequest | WorkOrderMassRouteRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob:
        """Mass route a work order to providers.

        Routes the work order to many providers in one request: a list of provider ids, or every member
        of a talent pool. The routing is queued as a background job; the answer carries the job id. The
        first routed provider to accept is assigned.

        ``POST /workorders/{work_order_id}/mass-route``

        Args:
            work_order_id (int):
            body (WorkOrderMassRouteRequest): Providers to route the work order to in one request: a
                list of provider ids, or a talent pool whose members all receive the route. The routing
                runs as a background job. Example: {'ids': [9001, 9002, 9003]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import mass_route_work_order as _op  # loaded on first call

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

    @overload
    async def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> UserRef: ...

    @overload
    async def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> UserRef | AsyncJob: ...

    async def route_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> UserRef | AsyncJob:
        """Route a work order to a user.

        Offers the work order directly to one provider, who can accept it (and is then assigned) or
        decline. Use `acting_user_id` to route on behalf of another company user. Answers the routed
        provider, or a job with `async=true`.

        ``POST /workorders/{work_order_id}/route``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (WorkOrderRouteRequest): The provider to route the work order to (or to remove from
                its routes). The reference and playground name the provider `technician`; `user` is
                accepted as well, as the assignment endpoints use that key. Example: {'technician': {'id':
                9001}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import route_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, async_=async_, acting_user_id=acting_user_id
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
    async def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def unroute_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderRouteRequest | WorkOrderRouteRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Un-route a work order from an user.

        Withdraws the route offered to one provider, who can then no longer accept the work order. Name
        the provider in the body. Answers the work order, or a job with `async=true`.

        ``DELETE /workorders/{work_order_id}/route``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderRouteRequest | Unset): The provider to route the work order to (or to
                remove from its routes). The reference and playground name the provider `technician`;
                `user` is accepted as well, as the assignment endpoints use that key. Example:
                {'technician': {'id': 9001}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import unroute_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
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
    async def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | EmptyAnswer: ...

    @overload
    async def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | EmptyAnswer | AsyncJob: ...

    async def assign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderAssignRequest | WorkOrderAssignRequestDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        client_pay_terms_accepted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | EmptyAnswer | AsyncJob:
        """Assign user by work order.

        Assigns a provider directly, skipping the request/route step; this is the contract step, so the
        work order's funds are committed. Set `clientPayTermsAccepted=true` to record that the client's
        pay terms were accepted, and `ignored_missing_qualifications` to assign a provider who lacks
        some qualifications. Answers the assigned work order, or a job with `async=true`.

        ``POST /workorders/{work_order_id}/assignee``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            client_pay_terms_accepted (bool | Unset):
            body (WorkOrderAssignRequest): The provider to assign directly. Assigning creates the
                contract with the provider and commits the work order's funds. Example: {'user': {'id':
                9001}, 'ignored_missing_qualifications': False}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import assign_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
                client_pay_terms_accepted=client_pay_terms_accepted,
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
    async def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User: ...

    @overload
    async def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | AsyncJob: ...

    async def unassign_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUnassignRequest | WorkOrderUnassignRequestDict | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | User | AsyncJob:
        """Unassign user from a work order.

        Removes the assigned provider; the work order goes back to Published or Routed so it can be
        filled again. Give a cancellation reason id and a comment, especially once the provider has
        started; unassigning late can affect the company's metrics.

        ``DELETE /workorders/{work_order_id}/assignee``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderUnassignRequest | Unset): Details of removing the assigned provider: who,
                why (a cancellation reason id of the company) and a comment. Removing a provider who
                already started may require a reason. Example: {'user': {'id': 9001}, 'reason_id': 7,
                'comment': 'Provider cancelled; we will route to another technician.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import unassign_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
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
    async def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def incomplete_work_order(
        self,
        work_order_id: int,
        *,
        reason: str,
        reason_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Incomplete a Work Order.

        Rejects the work of a work order in Work Done and sends it back to the provider: the status
        returns to Assigned until the provider marks it complete again. Both a text `reason` and a
        `reason_id` from the company's incomplete reasons are required.

        ``DELETE /workorders/{work_order_id}/complete``

        Args:
            work_order_id (int):
            reason (str):
            reason_id (int | Unset):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import incomplete_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, reason=reason, reason_id=reason_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def auto_dispatch_work_orders(
        self,
        *,
        body: AutoDispatchRequest | AutoDispatchRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AutoDispatchResponse:
        """Auto-Dispatch Work Order.

        Hands one or more work orders to automatic dispatch: a background job publishes or routes them
        to providers chosen by a selection rule (optionally limited to some networks, tiered, or
        delayed) and assigns one. The answer describes the job.

        ``POST /workorders/auto_dispatch``

        Args:
            body (AutoDispatchRequest): Body of `POST /workorders/auto_dispatch`. Example:
                {'work_order_ids': [1001, 1002], 'network_ids': [50], 'selection_rule_id': 0, 'delay':
                900, 'should_route': True, 'auto_assign': False, 'also_publish': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.workflow import auto_dispatch_work_orders as _op  # loaded on first call

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


class WorkflowResourceWithRawResponse:
    """``WorkflowResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: WorkflowResource) -> None:
        self.publish_work_order = to_raw_response_wrapper(resource.publish_work_order)
        self.unpublish_work_order = to_raw_response_wrapper(resource.unpublish_work_order)
        self.approve_work_order = to_raw_response_wrapper(resource.approve_work_order)
        self.revert_work_order_to_draft = to_raw_response_wrapper(resource.revert_work_order_to_draft)
        self.mass_route_work_order = to_raw_response_wrapper(resource.mass_route_work_order)
        self.route_work_order = to_raw_response_wrapper(resource.route_work_order)
        self.unroute_work_order = to_raw_response_wrapper(resource.unroute_work_order)
        self.assign_work_order = to_raw_response_wrapper(resource.assign_work_order)
        self.unassign_work_order = to_raw_response_wrapper(resource.unassign_work_order)
        self.incomplete_work_order = to_raw_response_wrapper(resource.incomplete_work_order)
        self.auto_dispatch_work_orders = to_raw_response_wrapper(resource.auto_dispatch_work_orders)


class WorkflowResourceWithStreamingResponse:
    """``WorkflowResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: WorkflowResource) -> None:
        self.publish_work_order = to_streamed_response_wrapper(resource.publish_work_order)
        self.unpublish_work_order = to_streamed_response_wrapper(resource.unpublish_work_order)
        self.approve_work_order = to_streamed_response_wrapper(resource.approve_work_order)
        self.revert_work_order_to_draft = to_streamed_response_wrapper(resource.revert_work_order_to_draft)
        self.mass_route_work_order = to_streamed_response_wrapper(resource.mass_route_work_order)
        self.route_work_order = to_streamed_response_wrapper(resource.route_work_order)
        self.unroute_work_order = to_streamed_response_wrapper(resource.unroute_work_order)
        self.assign_work_order = to_streamed_response_wrapper(resource.assign_work_order)
        self.unassign_work_order = to_streamed_response_wrapper(resource.unassign_work_order)
        self.incomplete_work_order = to_streamed_response_wrapper(resource.incomplete_work_order)
        self.auto_dispatch_work_orders = to_streamed_response_wrapper(resource.auto_dispatch_work_orders)


class AsyncWorkflowResourceWithRawResponse:
    """``AsyncWorkflowResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncWorkflowResource) -> None:
        self.publish_work_order = async_to_raw_response_wrapper(resource.publish_work_order)
        self.unpublish_work_order = async_to_raw_response_wrapper(resource.unpublish_work_order)
        self.approve_work_order = async_to_raw_response_wrapper(resource.approve_work_order)
        self.revert_work_order_to_draft = async_to_raw_response_wrapper(resource.revert_work_order_to_draft)
        self.mass_route_work_order = async_to_raw_response_wrapper(resource.mass_route_work_order)
        self.route_work_order = async_to_raw_response_wrapper(resource.route_work_order)
        self.unroute_work_order = async_to_raw_response_wrapper(resource.unroute_work_order)
        self.assign_work_order = async_to_raw_response_wrapper(resource.assign_work_order)
        self.unassign_work_order = async_to_raw_response_wrapper(resource.unassign_work_order)
        self.incomplete_work_order = async_to_raw_response_wrapper(resource.incomplete_work_order)
        self.auto_dispatch_work_orders = async_to_raw_response_wrapper(resource.auto_dispatch_work_orders)


class AsyncWorkflowResourceWithStreamingResponse:
    """``AsyncWorkflowResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncWorkflowResource) -> None:
        self.publish_work_order = async_to_streamed_response_wrapper(resource.publish_work_order)
        self.unpublish_work_order = async_to_streamed_response_wrapper(resource.unpublish_work_order)
        self.approve_work_order = async_to_streamed_response_wrapper(resource.approve_work_order)
        self.revert_work_order_to_draft = async_to_streamed_response_wrapper(
            resource.revert_work_order_to_draft
        )
        self.mass_route_work_order = async_to_streamed_response_wrapper(resource.mass_route_work_order)
        self.route_work_order = async_to_streamed_response_wrapper(resource.route_work_order)
        self.unroute_work_order = async_to_streamed_response_wrapper(resource.unroute_work_order)
        self.assign_work_order = async_to_streamed_response_wrapper(resource.assign_work_order)
        self.unassign_work_order = async_to_streamed_response_wrapper(resource.unassign_work_order)
        self.incomplete_work_order = async_to_streamed_response_wrapper(resource.incomplete_work_order)
        self.auto_dispatch_work_orders = async_to_streamed_response_wrapper(
            resource.auto_dispatch_work_orders
        )

"""Work orders: 7 operations, sync (``WorkOrdersResource``) and async (``AsyncWorkOrdersResource``)."""

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
from ..models.list_work_order_lists_list import ListWorkOrderListsList
from ..models.list_work_orders_list import ListWorkOrdersList
from ..models.list_work_orders_view import ListWorkOrdersView
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.list_work_orders_order import ListWorkOrdersOrder
    from ..models.work_order import WorkOrder
    from ..models.work_order_cancel import WorkOrderCancel, WorkOrderCancelDict
    from ..models.work_order_create import WorkOrderCreate, WorkOrderCreateDict
    from ..models.work_order_list import WorkOrderList
    from ..models.work_order_list_tab import WorkOrderListTab
    from ..models.work_order_status import WorkOrderStatus
    from ..models.work_order_update import WorkOrderUpdate, WorkOrderUpdateDict

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
        list_: ListWorkOrdersList | Unset = ListWorkOrdersList.WORKORDERS_ALL,
        columns: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        view: ListWorkOrdersView | Unset = ListWorkOrdersView.LIST,
        sort: str | Unset = UNSET,
        order: ListWorkOrdersOrder | Unset = UNSET,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        f: str | Unset = UNSET,
        f_work_order_id: str | Unset = UNSET,
        f_search: str | Unset = UNSET,
        f_max_approval_time: int | Unset = UNSET,
        f_rating: str | Unset = UNSET,
        f_flightboard_tomorrow: bool | Unset = UNSET,
        f_requests: bool | Unset = UNSET,
        f_counter_offers: bool | Unset = UNSET,
        f_hourly: str | Unset = UNSET,
        f_fixed: str | Unset = UNSET,
        f_device: str | Unset = UNSET,
        f_pay: str | Unset = UNSET,
        f_templates: str | Unset = UNSET,
        f_type_of_work: str | Unset = UNSET,
        f_time_zone: str | Unset = UNSET,
        f_mode: str | Unset = UNSET,
        f_remote_work: bool | Unset = UNSET,
        f_company: str | Unset = UNSET,
        f_worked_with: str | Unset = UNSET,
        f_manager: str | Unset = UNSET,
        f_client: str | Unset = UNSET,
        f_project: str | Unset = UNSET,
        f_approval_window: str | Unset = UNSET,
        f_review_window: str | Unset = UNSET,
        f_network: str | Unset = UNSET,
        f_auto_assign: str | Unset = UNSET,
        f_schedule: str | Unset = UNSET,
        f_service_schedule: str | Unset = UNSET,
        f_created: str | Unset = UNSET,
        f_created_date: str | Unset = UNSET,
        f_published: str | Unset = UNSET,
        f_routed: str | Unset = UNSET,
        f_published_routed: str | Unset = UNSET,
        f_completed: str | Unset = UNSET,
        f_approved_cancelled: str | Unset = UNSET,
        f_confirmed: str | Unset = UNSET,
        f_assigned: str | Unset = UNSET,
        f_saved_location: str | Unset = UNSET,
        f_saved_location_group: str | Unset = UNSET,
        f_city: str | Unset = UNSET,
        f_state: str | Unset = UNSET,
        f_postal_code: str | Unset = UNSET,
        f_country: str | Unset = UNSET,
        f_flags: str | Unset = UNSET,
        f_assignment: str | Unset = UNSET,
        f_confirmation: str | Unset = UNSET,
        f_financing: str | Unset = UNSET,
        f_geo: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrderList:
        """List Work Orders.

        Returns one page of the company's work orders. Always name the `list` (the lifecycle tab to
        search in) and pass `sticky=false`, otherwise the server falls back to the filters, columns and
        sort the user last saved. Narrow the page with any number of `f_*` filters (they combine with
        AND), choose the returned fields with `columns`, and walk the result with `page`/`per_page`;
        `metadata` reports the total and page count.

        ``GET /workorders``

        Args:
            list_ (ListWorkOrdersList | Unset):  Default: ListWorkOrdersList.WORKORDERS_ALL.
            columns (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            view (ListWorkOrdersView | Unset):  Default: ListWorkOrdersView.LIST.
            sort (str | Unset):
            order (ListWorkOrdersOrder | Unset):
            sticky (bool | Unset):  Default: False.
            sticky_name (str | Unset):
            f (str | Unset):
            f_work_order_id (str | Unset):
            f_search (str | Unset):
            f_max_approval_time (int | Unset):
            f_rating (str | Unset):
            f_flightboard_tomorrow (bool | Unset):
            f_requests (bool | Unset):
            f_counter_offers (bool | Unset):
            f_hourly (str | Unset):
            f_fixed (str | Unset):
            f_device (str | Unset):
            f_pay (str | Unset):
            f_templates (str | Unset):
            f_type_of_work (str | Unset):
            f_time_zone (str | Unset):
            f_mode (str | Unset):
            f_remote_work (bool | Unset):
            f_company (str | Unset):
            f_worked_with (str | Unset):
            f_manager (str | Unset):
            f_client (str | Unset):
            f_project (str | Unset):
            f_approval_window (str | Unset):
            f_review_window (str | Unset):
            f_network (str | Unset):
            f_auto_assign (str | Unset):
            f_schedule (str | Unset):
            f_service_schedule (str | Unset):
            f_created (str | Unset):
            f_created_date (str | Unset):
            f_published (str | Unset):
            f_routed (str | Unset):
            f_published_routed (str | Unset):
            f_completed (str | Unset):
            f_approved_cancelled (str | Unset):
            f_confirmed (str | Unset):
            f_assigned (str | Unset):
            f_saved_location (str | Unset):
            f_saved_location_group (str | Unset):
            f_city (str | Unset):
            f_state (str | Unset):
            f_postal_code (str | Unset):
            f_country (str | Unset):
            f_flags (str | Unset):
            f_assignment (str | Unset):
            f_confirmation (str | Unset):
            f_financing (str | Unset):
            f_geo (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import list_work_orders as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                list_=list_,
                columns=columns,
                page=page,
                per_page=per_page,
                view=view,
                sort=sort,
                order=order,
                sticky=sticky,
                sticky_name=sticky_name,
                f=f,
                f_work_order_id=f_work_order_id,
                f_search=f_search,
                f_max_approval_time=f_max_approval_time,
                f_rating=f_rating,
                f_flightboard_tomorrow=f_flightboard_tomorrow,
                f_requests=f_requests,
                f_counter_offers=f_counter_offers,
                f_hourly=f_hourly,
                f_fixed=f_fixed,
                f_device=f_device,
                f_pay=f_pay,
                f_templates=f_templates,
                f_type_of_work=f_type_of_work,
                f_time_zone=f_time_zone,
                f_mode=f_mode,
                f_remote_work=f_remote_work,
                f_company=f_company,
                f_worked_with=f_worked_with,
                f_manager=f_manager,
                f_client=f_client,
                f_project=f_project,
                f_approval_window=f_approval_window,
                f_review_window=f_review_window,
                f_network=f_network,
                f_auto_assign=f_auto_assign,
                f_schedule=f_schedule,
                f_service_schedule=f_service_schedule,
                f_created=f_created,
                f_created_date=f_created_date,
                f_published=f_published,
                f_routed=f_routed,
                f_published_routed=f_published_routed,
                f_completed=f_completed,
                f_approved_cancelled=f_approved_cancelled,
                f_confirmed=f_confirmed,
                f_assigned=f_assigned,
                f_saved_location=f_saved_location,
                f_saved_location_group=f_saved_location_group,
                f_city=f_city,
                f_state=f_state,
                f_postal_code=f_postal_code,
                f_country=f_country,
                f_flags=f_flags,
                f_assignment=f_assignment,
                f_confirmation=f_confirmation,
                f_financing=f_financing,
                f_geo=f_geo,
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

    def iter_work_orders(
        self,
        *,
        list_: ListWorkOrdersList | Unset = ListWorkOrdersList.WORKORDERS_ALL,
        columns: str | Unset = UNSET,
        per_page: int | Unset = 25,
        view: ListWorkOrdersView | Unset = ListWorkOrdersView.LIST,
        sort: str | Unset = UNSET,
        order: ListWorkOrdersOrder | Unset = UNSET,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        f: str | Unset = UNSET,
        f_work_order_id: str | Unset = UNSET,
        f_search: str | Unset = UNSET,
        f_max_approval_time: int | Unset = UNSET,
        f_rating: str | Unset = UNSET,
        f_flightboard_tomorrow: bool | Unset = UNSET,
        f_requests: bool | Unset = UNSET,
        f_counter_offers: bool | Unset = UNSET,
        f_hourly: str | Unset = UNSET,
        f_fixed: str | Unset = UNSET,
        f_device: str | Unset = UNSET,
        f_pay: str | Unset = UNSET,
        f_templates: str | Unset = UNSET,
        f_type_of_work: str | Unset = UNSET,
        f_time_zone: str | Unset = UNSET,
        f_mode: str | Unset = UNSET,
        f_remote_work: bool | Unset = UNSET,
        f_company: str | Unset = UNSET,
        f_worked_with: str | Unset = UNSET,
        f_manager: str | Unset = UNSET,
        f_client: str | Unset = UNSET,
        f_project: str | Unset = UNSET,
        f_approval_window: str | Unset = UNSET,
        f_review_window: str | Unset = UNSET,
        f_network: str | Unset = UNSET,
        f_auto_assign: str | Unset = UNSET,
        f_schedule: str | Unset = UNSET,
        f_service_schedule: str | Unset = UNSET,
        f_created: str | Unset = UNSET,
        f_created_date: str | Unset = UNSET,
        f_published: str | Unset = UNSET,
        f_routed: str | Unset = UNSET,
        f_published_routed: str | Unset = UNSET,
        f_completed: str | Unset = UNSET,
        f_approved_cancelled: str | Unset = UNSET,
        f_confirmed: str | Unset = UNSET,
        f_assigned: str | Unset = UNSET,
        f_saved_location: str | Unset = UNSET,
        f_saved_location_group: str | Unset = UNSET,
        f_city: str | Unset = UNSET,
        f_state: str | Unset = UNSET,
        f_postal_code: str | Unset = UNSET,
        f_country: str | Unset = UNSET,
        f_flags: str | Unset = UNSET,
        f_assignment: str | Unset = UNSET,
        f_confirmation: str | Unset = UNSET,
        f_financing: str | Unset = UNSET,
        f_geo: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[WorkOrder]:
        """List Work Orders: every item, across all pages.

        Returns one page of the company's work orders. Always name the `list` (the lifecycle tab to
        search in) and pass `sticky=false`, otherwise the server falls back to the filters, columns and
        sort the user last saved. Narrow the page with any number of `f_*` filters (they combine with
        AND), choose the returned fields with `columns`, and walk the result with `page`/`per_page`;
        `metadata` reports the total and page count.

        ``GET /workorders``

        Args:
            list_ (ListWorkOrdersList | Unset):  Default: ListWorkOrdersList.WORKORDERS_ALL.
            columns (str | Unset):
            per_page (int | Unset):  Default: 25.
            view (ListWorkOrdersView | Unset):  Default: ListWorkOrdersView.LIST.
            sort (str | Unset):
            order (ListWorkOrdersOrder | Unset):
            sticky (bool | Unset):  Default: False.
            sticky_name (str | Unset):
            f (str | Unset):
            f_work_order_id (str | Unset):
            f_search (str | Unset):
            f_max_approval_time (int | Unset):
            f_rating (str | Unset):
            f_flightboard_tomorrow (bool | Unset):
            f_requests (bool | Unset):
            f_counter_offers (bool | Unset):
            f_hourly (str | Unset):
            f_fixed (str | Unset):
            f_device (str | Unset):
            f_pay (str | Unset):
            f_templates (str | Unset):
            f_type_of_work (str | Unset):
            f_time_zone (str | Unset):
            f_mode (str | Unset):
            f_remote_work (bool | Unset):
            f_company (str | Unset):
            f_worked_with (str | Unset):
            f_manager (str | Unset):
            f_client (str | Unset):
            f_project (str | Unset):
            f_approval_window (str | Unset):
            f_review_window (str | Unset):
            f_network (str | Unset):
            f_auto_assign (str | Unset):
            f_schedule (str | Unset):
            f_service_schedule (str | Unset):
            f_created (str | Unset):
            f_created_date (str | Unset):
            f_published (str | Unset):
            f_routed (str | Unset):
            f_published_routed (str | Unset):
            f_completed (str | Unset):
            f_approved_cancelled (str | Unset):
            f_confirmed (str | Unset):
            f_assigned (str | Unset):
            f_saved_location (str | Unset):
            f_saved_location_group (str | Unset):
            f_city (str | Unset):
            f_state (str | Unset):
            f_postal_code (str | Unset):
            f_country (str | Unset):
            f_flags (str | Unset):
            f_assignment (str | Unset):
            f_confirmation (str | Unset):
            f_financing (str | Unset):
            f_geo (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> WorkOrderList:
            return self.list_work_orders(
                list_=list_,
                columns=columns,
                page=position,
                per_page=per_page,
                view=view,
                sort=sort,
                order=order,
                sticky=sticky,
                sticky_name=sticky_name,
                f=f,
                f_work_order_id=f_work_order_id,
                f_search=f_search,
                f_max_approval_time=f_max_approval_time,
                f_rating=f_rating,
                f_flightboard_tomorrow=f_flightboard_tomorrow,
                f_requests=f_requests,
                f_counter_offers=f_counter_offers,
                f_hourly=f_hourly,
                f_fixed=f_fixed,
                f_device=f_device,
                f_pay=f_pay,
                f_templates=f_templates,
                f_type_of_work=f_type_of_work,
                f_time_zone=f_time_zone,
                f_mode=f_mode,
                f_remote_work=f_remote_work,
                f_company=f_company,
                f_worked_with=f_worked_with,
                f_manager=f_manager,
                f_client=f_client,
                f_project=f_project,
                f_approval_window=f_approval_window,
                f_review_window=f_review_window,
                f_network=f_network,
                f_auto_assign=f_auto_assign,
                f_schedule=f_schedule,
                f_service_schedule=f_service_schedule,
                f_created=f_created,
                f_created_date=f_created_date,
                f_published=f_published,
                f_routed=f_routed,
                f_published_routed=f_published_routed,
                f_completed=f_completed,
                f_approved_cancelled=f_approved_cancelled,
                f_confirmed=f_confirmed,
                f_assigned=f_assigned,
                f_saved_location=f_saved_location,
                f_saved_location_group=f_saved_location_group,
                f_city=f_city,
                f_state=f_state,
                f_postal_code=f_postal_code,
                f_country=f_country,
                f_flags=f_flags,
                f_assignment=f_assignment,
                f_confirmation=f_confirmation,
                f_financing=f_financing,
                f_geo=f_geo,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_orders(
        self,
        *,
        list_: ListWorkOrdersList | Unset = ListWorkOrdersList.WORKORDERS_ALL,
        columns: str | Unset = UNSET,
        per_page: int | Unset = 25,
        view: ListWorkOrdersView | Unset = ListWorkOrdersView.LIST,
        sort: str | Unset = UNSET,
        order: ListWorkOrdersOrder | Unset = UNSET,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        f: str | Unset = UNSET,
        f_work_order_id: str | Unset = UNSET,
        f_search: str | Unset = UNSET,
        f_max_approval_time: int | Unset = UNSET,
        f_rating: str | Unset = UNSET,
        f_flightboard_tomorrow: bool | Unset = UNSET,
        f_requests: bool | Unset = UNSET,
        f_counter_offers: bool | Unset = UNSET,
        f_hourly: str | Unset = UNSET,
        f_fixed: str | Unset = UNSET,
        f_device: str | Unset = UNSET,
        f_pay: str | Unset = UNSET,
        f_templates: str | Unset = UNSET,
        f_type_of_work: str | Unset = UNSET,
        f_time_zone: str | Unset = UNSET,
        f_mode: str | Unset = UNSET,
        f_remote_work: bool | Unset = UNSET,
        f_company: str | Unset = UNSET,
        f_worked_with: str | Unset = UNSET,
        f_manager: str | Unset = UNSET,
        f_client: str | Unset = UNSET,
        f_project: str | Unset = UNSET,
        f_approval_window: str | Unset = UNSET,
        f_review_window: str | Unset = UNSET,
        f_network: str | Unset = UNSET,
        f_auto_assign: str | Unset = UNSET,
        f_schedule: str | Unset = UNSET,
        f_service_schedule: str | Unset = UNSET,
        f_created: str | Unset = UNSET,
        f_created_date: str | Unset = UNSET,
        f_published: str | Unset = UNSET,
        f_routed: str | Unset = UNSET,
        f_published_routed: str | Unset = UNSET,
        f_completed: str | Unset = UNSET,
        f_approved_cancelled: str | Unset = UNSET,
        f_confirmed: str | Unset = UNSET,
        f_assigned: str | Unset = UNSET,
        f_saved_location: str | Unset = UNSET,
        f_saved_location_group: str | Unset = UNSET,
        f_city: str | Unset = UNSET,
        f_state: str | Unset = UNSET,
        f_postal_code: str | Unset = UNSET,
        f_country: str | Unset = UNSET,
        f_flags: str | Unset = UNSET,
        f_assignment: str | Unset = UNSET,
        f_confirmation: str | Unset = UNSET,
        f_financing: str | Unset = UNSET,
        f_geo: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[WorkOrder, WorkOrderList]:
        """The first page of ``list_work_orders`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> WorkOrderList:
            return self.list_work_orders(
                list_=list_,
                columns=columns,
                page=position,
                per_page=per_page,
                view=view,
                sort=sort,
                order=order,
                sticky=sticky,
                sticky_name=sticky_name,
                f=f,
                f_work_order_id=f_work_order_id,
                f_search=f_search,
                f_max_approval_time=f_max_approval_time,
                f_rating=f_rating,
                f_flightboard_tomorrow=f_flightboard_tomorrow,
                f_requests=f_requests,
                f_counter_offers=f_counter_offers,
                f_hourly=f_hourly,
                f_fixed=f_fixed,
                f_device=f_device,
                f_pay=f_pay,
                f_templates=f_templates,
                f_type_of_work=f_type_of_work,
                f_time_zone=f_time_zone,
                f_mode=f_mode,
                f_remote_work=f_remote_work,
                f_company=f_company,
                f_worked_with=f_worked_with,
                f_manager=f_manager,
                f_client=f_client,
                f_project=f_project,
                f_approval_window=f_approval_window,
                f_review_window=f_review_window,
                f_network=f_network,
                f_auto_assign=f_auto_assign,
                f_schedule=f_schedule,
                f_service_schedule=f_service_schedule,
                f_created=f_created,
                f_created_date=f_created_date,
                f_published=f_published,
                f_routed=f_routed,
                f_published_routed=f_published_routed,
                f_completed=f_completed,
                f_approved_cancelled=f_approved_cancelled,
                f_confirmed=f_confirmed,
                f_assigned=f_assigned,
                f_saved_location=f_saved_location,
                f_saved_location_group=f_saved_location_group,
                f_city=f_city,
                f_state=f_state,
                f_postal_code=f_postal_code,
                f_country=f_country,
                f_flags=f_flags,
                f_assignment=f_assignment,
                f_confirmation=f_confirmation,
                f_financing=f_financing,
                f_geo=f_geo,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    @overload
    def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order.

        Creates a work order in Draft status. Only a title is needed; a template fills in whatever the
        body leaves out. The answer is the new work order with its id, which the lifecycle operations
        (publish, route, assign) take next.

        ``POST /workorders``

        Args:
            async_ (bool | Unset):  Default: False.
            body (WorkOrderCreate): Body of a new work order. Only `title` is required: a work order
                with just a title is created as a draft and can be completed later, section by section.
                Reference ids (types of work, template, client, project, manager) come from their lookup
                endpoints. Example: {'title': 'Replace POS terminal at store 42', 'description': {'html':
                '<p>Swap the failed POS terminal at lane 3 and test a card transaction.</p>'},
                'confidential': {'html': 'Ask for the store manager, Jim, at the service desk.'},
                'types_of_work': [{'id': 62, 'isPrimary': True}], 'template': {'id': 88}, 'client': {'id':
                301}, 'project': {'id': 2201}, 'manager': {'id': 7001}, 'require_gps': True,
                'allow_counter_offers': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import create_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_work_order_lists(
        self,
        *,
        list_: ListWorkOrderListsList | Unset = ListWorkOrderListsList.WORKORDERS_ALL,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> list[WorkOrderListTab]:
        """List Work Order Lists.

        Returns the caller's saved work order lists (the tabs of the work order dashboard) with the
        number of work orders in each. Use a list's id as the `list` parameter of List Work Orders. Like
        that operation it honours the sticky settings, so pass `sticky=false`.

        ``GET /workorders/lists``

        Args:
            list_ (ListWorkOrderListsList | Unset):  Default: ListWorkOrderListsList.WORKORDERS_ALL.
            sticky (bool | Unset):  Default: False.
            sticky_name (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import list_work_order_lists as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(list_=list_, sticky=sticky, sticky_name=sticky_name),
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
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Get Work Order Details.

        Returns one work order with every section the caller may see: status, description, location,
        schedule, pay, assignee, contacts, tasks, time logs, messages and more. Pass `columns` to limit
        the answer to the sections you need.

        ``GET /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import get_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, columns=columns),
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
    def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order.

        Changes the fields present in the body and leaves every other field as it is. The body takes the
        fields of a new work order, including contacts, tasks, custom field values and shipments to add,
        plus `closing_notes` and `status: work_done` to mark an assigned work order's work done. The
        answer is the updated work order.

        ``PUT /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderUpdate): Partial update of a work order: send only the fields to change.
                Work orders in a locked state (approved, paid, cancelled) cannot be edited. The body takes
                the fields of a new work order (`title` optional here), plus `closing_notes` and a
                `status` change. Example: {'title': 'Replace POS terminal and receipt printer at store
                42', 'require_ontime': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import update_work_order as _op  # loaded on first call

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
    def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order.

        Cancels the work order and removes it from the dashboard. A cancellation reason is required;
        optional messages go to Field Nation support and to the assigned provider. Cancelling after a
        provider was assigned or dispatched may cost a cancellation fee. The answer is the cancelled
        work order (or a job with `async=true`).

        ``DELETE /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            cancel_reason (str | Unset):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderCancel | Unset): Why a work order is being cancelled, and optional messages
                to support and to the assigned provider. Example: {'cancel_reason': 58, 'notes': 'Store
                closed permanently; duplicate of 1002.', 'message_to_provider': 'Sorry, the customer
                cancelled this visit.', 'cancel_request_not_charge': False,
                'apply_passive_cancellation_fee': False}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import delete_work_order as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, cancel_reason=cancel_reason, async_=async_
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

    def get_work_order_status(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrderStatus:
        """Get Work Order Status.

        Returns only the status object of a work order: the primary status, the sub-status while
        assigned (confirmed, on my way, checked in, delayed, at risk, on hold), how late the provider
        reported to be, and the routed / no-show / confirmed flags. A cheap way to poll one work order.

        ``GET /workorders/{work_order_id}/status``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import get_work_order_status as _op  # loaded on first call

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
        list_: ListWorkOrdersList | Unset = ListWorkOrdersList.WORKORDERS_ALL,
        columns: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        view: ListWorkOrdersView | Unset = ListWorkOrdersView.LIST,
        sort: str | Unset = UNSET,
        order: ListWorkOrdersOrder | Unset = UNSET,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        f: str | Unset = UNSET,
        f_work_order_id: str | Unset = UNSET,
        f_search: str | Unset = UNSET,
        f_max_approval_time: int | Unset = UNSET,
        f_rating: str | Unset = UNSET,
        f_flightboard_tomorrow: bool | Unset = UNSET,
        f_requests: bool | Unset = UNSET,
        f_counter_offers: bool | Unset = UNSET,
        f_hourly: str | Unset = UNSET,
        f_fixed: str | Unset = UNSET,
        f_device: str | Unset = UNSET,
        f_pay: str | Unset = UNSET,
        f_templates: str | Unset = UNSET,
        f_type_of_work: str | Unset = UNSET,
        f_time_zone: str | Unset = UNSET,
        f_mode: str | Unset = UNSET,
        f_remote_work: bool | Unset = UNSET,
        f_company: str | Unset = UNSET,
        f_worked_with: str | Unset = UNSET,
        f_manager: str | Unset = UNSET,
        f_client: str | Unset = UNSET,
        f_project: str | Unset = UNSET,
        f_approval_window: str | Unset = UNSET,
        f_review_window: str | Unset = UNSET,
        f_network: str | Unset = UNSET,
        f_auto_assign: str | Unset = UNSET,
        f_schedule: str | Unset = UNSET,
        f_service_schedule: str | Unset = UNSET,
        f_created: str | Unset = UNSET,
        f_created_date: str | Unset = UNSET,
        f_published: str | Unset = UNSET,
        f_routed: str | Unset = UNSET,
        f_published_routed: str | Unset = UNSET,
        f_completed: str | Unset = UNSET,
        f_approved_cancelled: str | Unset = UNSET,
        f_confirmed: str | Unset = UNSET,
        f_assigned: str | Unset = UNSET,
        f_saved_location: str | Unset = UNSET,
        f_saved_location_group: str | Unset = UNSET,
        f_city: str | Unset = UNSET,
        f_state: str | Unset = UNSET,
        f_postal_code: str | Unset = UNSET,
        f_country: str | Unset = UNSET,
        f_flags: str | Unset = UNSET,
        f_assignment: str | Unset = UNSET,
        f_confirmation: str | Unset = UNSET,
        f_financing: str | Unset = UNSET,
        f_geo: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrderList:
        """List Work Orders.

        Returns one page of the company's work orders. Always name the `list` (the lifecycle tab to
        search in) and pass `sticky=false`, otherwise the server falls back to the filters, columns and
        sort the user last saved. Narrow the page with any number of `f_*` filters (they combine with
        AND), choose the returned fields with `columns`, and walk the result with `page`/`per_page`;
        `metadata` reports the total and page count.

        ``GET /workorders``

        Args:
            list_ (ListWorkOrdersList | Unset):  Default: ListWorkOrdersList.WORKORDERS_ALL.
            columns (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            view (ListWorkOrdersView | Unset):  Default: ListWorkOrdersView.LIST.
            sort (str | Unset):
            order (ListWorkOrdersOrder | Unset):
            sticky (bool | Unset):  Default: False.
            sticky_name (str | Unset):
            f (str | Unset):
            f_work_order_id (str | Unset):
            f_search (str | Unset):
            f_max_approval_time (int | Unset):
            f_rating (str | Unset):
            f_flightboard_tomorrow (bool | Unset):
            f_requests (bool | Unset):
            f_counter_offers (bool | Unset):
            f_hourly (str | Unset):
            f_fixed (str | Unset):
            f_device (str | Unset):
            f_pay (str | Unset):
            f_templates (str | Unset):
            f_type_of_work (str | Unset):
            f_time_zone (str | Unset):
            f_mode (str | Unset):
            f_remote_work (bool | Unset):
            f_company (str | Unset):
            f_worked_with (str | Unset):
            f_manager (str | Unset):
            f_client (str | Unset):
            f_project (str | Unset):
            f_approval_window (str | Unset):
            f_review_window (str | Unset):
            f_network (str | Unset):
            f_auto_assign (str | Unset):
            f_schedule (str | Unset):
            f_service_schedule (str | Unset):
            f_created (str | Unset):
            f_created_date (str | Unset):
            f_published (str | Unset):
            f_routed (str | Unset):
            f_published_routed (str | Unset):
            f_completed (str | Unset):
            f_approved_cancelled (str | Unset):
            f_confirmed (str | Unset):
            f_assigned (str | Unset):
            f_saved_location (str | Unset):
            f_saved_location_group (str | Unset):
            f_city (str | Unset):
            f_state (str | Unset):
            f_postal_code (str | Unset):
            f_country (str | Unset):
            f_flags (str | Unset):
            f_assignment (str | Unset):
            f_confirmation (str | Unset):
            f_financing (str | Unset):
            f_geo (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import list_work_orders as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                list_=list_,
                columns=columns,
                page=page,
                per_page=per_page,
                view=view,
                sort=sort,
                order=order,
                sticky=sticky,
                sticky_name=sticky_name,
                f=f,
                f_work_order_id=f_work_order_id,
                f_search=f_search,
                f_max_approval_time=f_max_approval_time,
                f_rating=f_rating,
                f_flightboard_tomorrow=f_flightboard_tomorrow,
                f_requests=f_requests,
                f_counter_offers=f_counter_offers,
                f_hourly=f_hourly,
                f_fixed=f_fixed,
                f_device=f_device,
                f_pay=f_pay,
                f_templates=f_templates,
                f_type_of_work=f_type_of_work,
                f_time_zone=f_time_zone,
                f_mode=f_mode,
                f_remote_work=f_remote_work,
                f_company=f_company,
                f_worked_with=f_worked_with,
                f_manager=f_manager,
                f_client=f_client,
                f_project=f_project,
                f_approval_window=f_approval_window,
                f_review_window=f_review_window,
                f_network=f_network,
                f_auto_assign=f_auto_assign,
                f_schedule=f_schedule,
                f_service_schedule=f_service_schedule,
                f_created=f_created,
                f_created_date=f_created_date,
                f_published=f_published,
                f_routed=f_routed,
                f_published_routed=f_published_routed,
                f_completed=f_completed,
                f_approved_cancelled=f_approved_cancelled,
                f_confirmed=f_confirmed,
                f_assigned=f_assigned,
                f_saved_location=f_saved_location,
                f_saved_location_group=f_saved_location_group,
                f_city=f_city,
                f_state=f_state,
                f_postal_code=f_postal_code,
                f_country=f_country,
                f_flags=f_flags,
                f_assignment=f_assignment,
                f_confirmation=f_confirmation,
                f_financing=f_financing,
                f_geo=f_geo,
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

    def iter_work_orders(
        self,
        *,
        list_: ListWorkOrdersList | Unset = ListWorkOrdersList.WORKORDERS_ALL,
        columns: str | Unset = UNSET,
        per_page: int | Unset = 25,
        view: ListWorkOrdersView | Unset = ListWorkOrdersView.LIST,
        sort: str | Unset = UNSET,
        order: ListWorkOrdersOrder | Unset = UNSET,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        f: str | Unset = UNSET,
        f_work_order_id: str | Unset = UNSET,
        f_search: str | Unset = UNSET,
        f_max_approval_time: int | Unset = UNSET,
        f_rating: str | Unset = UNSET,
        f_flightboard_tomorrow: bool | Unset = UNSET,
        f_requests: bool | Unset = UNSET,
        f_counter_offers: bool | Unset = UNSET,
        f_hourly: str | Unset = UNSET,
        f_fixed: str | Unset = UNSET,
        f_device: str | Unset = UNSET,
        f_pay: str | Unset = UNSET,
        f_templates: str | Unset = UNSET,
        f_type_of_work: str | Unset = UNSET,
        f_time_zone: str | Unset = UNSET,
        f_mode: str | Unset = UNSET,
        f_remote_work: bool | Unset = UNSET,
        f_company: str | Unset = UNSET,
        f_worked_with: str | Unset = UNSET,
        f_manager: str | Unset = UNSET,
        f_client: str | Unset = UNSET,
        f_project: str | Unset = UNSET,
        f_approval_window: str | Unset = UNSET,
        f_review_window: str | Unset = UNSET,
        f_network: str | Unset = UNSET,
        f_auto_assign: str | Unset = UNSET,
        f_schedule: str | Unset = UNSET,
        f_service_schedule: str | Unset = UNSET,
        f_created: str | Unset = UNSET,
        f_created_date: str | Unset = UNSET,
        f_published: str | Unset = UNSET,
        f_routed: str | Unset = UNSET,
        f_published_routed: str | Unset = UNSET,
        f_completed: str | Unset = UNSET,
        f_approved_cancelled: str | Unset = UNSET,
        f_confirmed: str | Unset = UNSET,
        f_assigned: str | Unset = UNSET,
        f_saved_location: str | Unset = UNSET,
        f_saved_location_group: str | Unset = UNSET,
        f_city: str | Unset = UNSET,
        f_state: str | Unset = UNSET,
        f_postal_code: str | Unset = UNSET,
        f_country: str | Unset = UNSET,
        f_flags: str | Unset = UNSET,
        f_assignment: str | Unset = UNSET,
        f_confirmation: str | Unset = UNSET,
        f_financing: str | Unset = UNSET,
        f_geo: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[WorkOrder]:
        """List Work Orders: every item, across all pages.

        Returns one page of the company's work orders. Always name the `list` (the lifecycle tab to
        search in) and pass `sticky=false`, otherwise the server falls back to the filters, columns and
        sort the user last saved. Narrow the page with any number of `f_*` filters (they combine with
        AND), choose the returned fields with `columns`, and walk the result with `page`/`per_page`;
        `metadata` reports the total and page count.

        ``GET /workorders``

        Args:
            list_ (ListWorkOrdersList | Unset):  Default: ListWorkOrdersList.WORKORDERS_ALL.
            columns (str | Unset):
            per_page (int | Unset):  Default: 25.
            view (ListWorkOrdersView | Unset):  Default: ListWorkOrdersView.LIST.
            sort (str | Unset):
            order (ListWorkOrdersOrder | Unset):
            sticky (bool | Unset):  Default: False.
            sticky_name (str | Unset):
            f (str | Unset):
            f_work_order_id (str | Unset):
            f_search (str | Unset):
            f_max_approval_time (int | Unset):
            f_rating (str | Unset):
            f_flightboard_tomorrow (bool | Unset):
            f_requests (bool | Unset):
            f_counter_offers (bool | Unset):
            f_hourly (str | Unset):
            f_fixed (str | Unset):
            f_device (str | Unset):
            f_pay (str | Unset):
            f_templates (str | Unset):
            f_type_of_work (str | Unset):
            f_time_zone (str | Unset):
            f_mode (str | Unset):
            f_remote_work (bool | Unset):
            f_company (str | Unset):
            f_worked_with (str | Unset):
            f_manager (str | Unset):
            f_client (str | Unset):
            f_project (str | Unset):
            f_approval_window (str | Unset):
            f_review_window (str | Unset):
            f_network (str | Unset):
            f_auto_assign (str | Unset):
            f_schedule (str | Unset):
            f_service_schedule (str | Unset):
            f_created (str | Unset):
            f_created_date (str | Unset):
            f_published (str | Unset):
            f_routed (str | Unset):
            f_published_routed (str | Unset):
            f_completed (str | Unset):
            f_approved_cancelled (str | Unset):
            f_confirmed (str | Unset):
            f_assigned (str | Unset):
            f_saved_location (str | Unset):
            f_saved_location_group (str | Unset):
            f_city (str | Unset):
            f_state (str | Unset):
            f_postal_code (str | Unset):
            f_country (str | Unset):
            f_flags (str | Unset):
            f_assignment (str | Unset):
            f_confirmation (str | Unset):
            f_financing (str | Unset):
            f_geo (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> WorkOrderList:
            return await self.list_work_orders(
                list_=list_,
                columns=columns,
                page=position,
                per_page=per_page,
                view=view,
                sort=sort,
                order=order,
                sticky=sticky,
                sticky_name=sticky_name,
                f=f,
                f_work_order_id=f_work_order_id,
                f_search=f_search,
                f_max_approval_time=f_max_approval_time,
                f_rating=f_rating,
                f_flightboard_tomorrow=f_flightboard_tomorrow,
                f_requests=f_requests,
                f_counter_offers=f_counter_offers,
                f_hourly=f_hourly,
                f_fixed=f_fixed,
                f_device=f_device,
                f_pay=f_pay,
                f_templates=f_templates,
                f_type_of_work=f_type_of_work,
                f_time_zone=f_time_zone,
                f_mode=f_mode,
                f_remote_work=f_remote_work,
                f_company=f_company,
                f_worked_with=f_worked_with,
                f_manager=f_manager,
                f_client=f_client,
                f_project=f_project,
                f_approval_window=f_approval_window,
                f_review_window=f_review_window,
                f_network=f_network,
                f_auto_assign=f_auto_assign,
                f_schedule=f_schedule,
                f_service_schedule=f_service_schedule,
                f_created=f_created,
                f_created_date=f_created_date,
                f_published=f_published,
                f_routed=f_routed,
                f_published_routed=f_published_routed,
                f_completed=f_completed,
                f_approved_cancelled=f_approved_cancelled,
                f_confirmed=f_confirmed,
                f_assigned=f_assigned,
                f_saved_location=f_saved_location,
                f_saved_location_group=f_saved_location_group,
                f_city=f_city,
                f_state=f_state,
                f_postal_code=f_postal_code,
                f_country=f_country,
                f_flags=f_flags,
                f_assignment=f_assignment,
                f_confirmation=f_confirmation,
                f_financing=f_financing,
                f_geo=f_geo,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_orders(
        self,
        *,
        list_: ListWorkOrdersList | Unset = ListWorkOrdersList.WORKORDERS_ALL,
        columns: str | Unset = UNSET,
        per_page: int | Unset = 25,
        view: ListWorkOrdersView | Unset = ListWorkOrdersView.LIST,
        sort: str | Unset = UNSET,
        order: ListWorkOrdersOrder | Unset = UNSET,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        f: str | Unset = UNSET,
        f_work_order_id: str | Unset = UNSET,
        f_search: str | Unset = UNSET,
        f_max_approval_time: int | Unset = UNSET,
        f_rating: str | Unset = UNSET,
        f_flightboard_tomorrow: bool | Unset = UNSET,
        f_requests: bool | Unset = UNSET,
        f_counter_offers: bool | Unset = UNSET,
        f_hourly: str | Unset = UNSET,
        f_fixed: str | Unset = UNSET,
        f_device: str | Unset = UNSET,
        f_pay: str | Unset = UNSET,
        f_templates: str | Unset = UNSET,
        f_type_of_work: str | Unset = UNSET,
        f_time_zone: str | Unset = UNSET,
        f_mode: str | Unset = UNSET,
        f_remote_work: bool | Unset = UNSET,
        f_company: str | Unset = UNSET,
        f_worked_with: str | Unset = UNSET,
        f_manager: str | Unset = UNSET,
        f_client: str | Unset = UNSET,
        f_project: str | Unset = UNSET,
        f_approval_window: str | Unset = UNSET,
        f_review_window: str | Unset = UNSET,
        f_network: str | Unset = UNSET,
        f_auto_assign: str | Unset = UNSET,
        f_schedule: str | Unset = UNSET,
        f_service_schedule: str | Unset = UNSET,
        f_created: str | Unset = UNSET,
        f_created_date: str | Unset = UNSET,
        f_published: str | Unset = UNSET,
        f_routed: str | Unset = UNSET,
        f_published_routed: str | Unset = UNSET,
        f_completed: str | Unset = UNSET,
        f_approved_cancelled: str | Unset = UNSET,
        f_confirmed: str | Unset = UNSET,
        f_assigned: str | Unset = UNSET,
        f_saved_location: str | Unset = UNSET,
        f_saved_location_group: str | Unset = UNSET,
        f_city: str | Unset = UNSET,
        f_state: str | Unset = UNSET,
        f_postal_code: str | Unset = UNSET,
        f_country: str | Unset = UNSET,
        f_flags: str | Unset = UNSET,
        f_assignment: str | Unset = UNSET,
        f_confirmation: str | Unset = UNSET,
        f_financing: str | Unset = UNSET,
        f_geo: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[WorkOrder, WorkOrderList]:
        """The first page of ``list_work_orders`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> WorkOrderList:
            return await self.list_work_orders(
                list_=list_,
                columns=columns,
                page=position,
                per_page=per_page,
                view=view,
                sort=sort,
                order=order,
                sticky=sticky,
                sticky_name=sticky_name,
                f=f,
                f_work_order_id=f_work_order_id,
                f_search=f_search,
                f_max_approval_time=f_max_approval_time,
                f_rating=f_rating,
                f_flightboard_tomorrow=f_flightboard_tomorrow,
                f_requests=f_requests,
                f_counter_offers=f_counter_offers,
                f_hourly=f_hourly,
                f_fixed=f_fixed,
                f_device=f_device,
                f_pay=f_pay,
                f_templates=f_templates,
                f_type_of_work=f_type_of_work,
                f_time_zone=f_time_zone,
                f_mode=f_mode,
                f_remote_work=f_remote_work,
                f_company=f_company,
                f_worked_with=f_worked_with,
                f_manager=f_manager,
                f_client=f_client,
                f_project=f_project,
                f_approval_window=f_approval_window,
                f_review_window=f_review_window,
                f_network=f_network,
                f_auto_assign=f_auto_assign,
                f_schedule=f_schedule,
                f_service_schedule=f_service_schedule,
                f_created=f_created,
                f_created_date=f_created_date,
                f_published=f_published,
                f_routed=f_routed,
                f_published_routed=f_published_routed,
                f_completed=f_completed,
                f_approved_cancelled=f_approved_cancelled,
                f_confirmed=f_confirmed,
                f_assigned=f_assigned,
                f_saved_location=f_saved_location,
                f_saved_location_group=f_saved_location_group,
                f_city=f_city,
                f_state=f_state,
                f_postal_code=f_postal_code,
                f_country=f_country,
                f_flags=f_flags,
                f_assignment=f_assignment,
                f_confirmation=f_confirmation,
                f_financing=f_financing,
                f_geo=f_geo,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    @overload
    async def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order(
        self,
        *,
        body: WorkOrderCreate | WorkOrderCreateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order.

        Creates a work order in Draft status. Only a title is needed; a template fills in whatever the
        body leaves out. The answer is the new work order with its id, which the lifecycle operations
        (publish, route, assign) take next.

        ``POST /workorders``

        Args:
            async_ (bool | Unset):  Default: False.
            body (WorkOrderCreate): Body of a new work order. Only `title` is required: a work order
                with just a title is created as a draft and can be completed later, section by section.
                Reference ids (types of work, template, client, project, manager) come from their lookup
                endpoints. Example: {'title': 'Replace POS terminal at store 42', 'description': {'html':
                '<p>Swap the failed POS terminal at lane 3 and test a card transaction.</p>'},
                'confidential': {'html': 'Ask for the store manager, Jim, at the service desk.'},
                'types_of_work': [{'id': 62, 'isPrimary': True}], 'template': {'id': 88}, 'client': {'id':
                301}, 'project': {'id': 2201}, 'manager': {'id': 7001}, 'require_gps': True,
                'allow_counter_offers': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import create_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_work_order_lists(
        self,
        *,
        list_: ListWorkOrderListsList | Unset = ListWorkOrderListsList.WORKORDERS_ALL,
        sticky: bool | Unset = False,
        sticky_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> list[WorkOrderListTab]:
        """List Work Order Lists.

        Returns the caller's saved work order lists (the tabs of the work order dashboard) with the
        number of work orders in each. Use a list's id as the `list` parameter of List Work Orders. Like
        that operation it honours the sticky settings, so pass `sticky=false`.

        ``GET /workorders/lists``

        Args:
            list_ (ListWorkOrderListsList | Unset):  Default: ListWorkOrderListsList.WORKORDERS_ALL.
            sticky (bool | Unset):  Default: False.
            sticky_name (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import list_work_order_lists as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(list_=list_, sticky=sticky, sticky_name=sticky_name),
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
        columns: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Get Work Order Details.

        Returns one work order with every section the caller may see: status, description, location,
        schedule, pay, assignee, contacts, tasks, time logs, messages and more. Pass `columns` to limit
        the answer to the sections you need.

        ``GET /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            columns (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import get_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, columns=columns),
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
    async def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderUpdate | WorkOrderUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order.

        Changes the fields present in the body and leaves every other field as it is. The body takes the
        fields of a new work order, including contacts, tasks, custom field values and shipments to add,
        plus `closing_notes` and `status: work_done` to mark an assigned work order's work done. The
        answer is the updated work order.

        ``PUT /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderUpdate): Partial update of a work order: send only the fields to change.
                Work orders in a locked state (approved, paid, cancelled) cannot be edited. The body takes
                the fields of a new work order (`title` optional here), plus `closing_notes` and a
                `status` change. Example: {'title': 'Replace POS terminal and receipt printer at store
                42', 'require_ontime': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import update_work_order as _op  # loaded on first call

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
    async def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order(
        self,
        work_order_id: int,
        *,
        body: WorkOrderCancel | WorkOrderCancelDict | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order.

        Cancels the work order and removes it from the dashboard. A cancellation reason is required;
        optional messages go to Field Nation support and to the assigned provider. Cancelling after a
        provider was assigned or dispatched may cost a cancellation fee. The answer is the cancelled
        work order (or a job with `async=true`).

        ``DELETE /workorders/{work_order_id}``

        Args:
            work_order_id (int):
            cancel_reason (str | Unset):
            async_ (bool | Unset):  Default: False.
            body (WorkOrderCancel | Unset): Why a work order is being cancelled, and optional messages
                to support and to the assigned provider. Example: {'cancel_reason': 58, 'notes': 'Store
                closed permanently; duplicate of 1002.', 'message_to_provider': 'Sorry, the customer
                cancelled this visit.', 'cancel_request_not_charge': False,
                'apply_passive_cancellation_fee': False}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import delete_work_order as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, cancel_reason=cancel_reason, async_=async_
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

    async def get_work_order_status(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrderStatus:
        """Get Work Order Status.

        Returns only the status object of a work order: the primary status, the sub-status while
        assigned (confirmed, on my way, checked in, delayed, at risk, on hold), how late the provider
        reported to be, and the routed / no-show / confirmed flags. A cheap way to poll one work order.

        ``GET /workorders/{work_order_id}/status``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.work_orders import get_work_order_status as _op  # loaded on first call

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


class WorkOrdersResourceWithRawResponse:
    """``WorkOrdersResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: WorkOrdersResource) -> None:
        self.list_work_orders = to_raw_response_wrapper(resource.list_work_orders)
        self.create_work_order = to_raw_response_wrapper(resource.create_work_order)
        self.list_work_order_lists = to_raw_response_wrapper(resource.list_work_order_lists)
        self.get_work_order = to_raw_response_wrapper(resource.get_work_order)
        self.update_work_order = to_raw_response_wrapper(resource.update_work_order)
        self.delete_work_order = to_raw_response_wrapper(resource.delete_work_order)
        self.get_work_order_status = to_raw_response_wrapper(resource.get_work_order_status)


class WorkOrdersResourceWithStreamingResponse:
    """``WorkOrdersResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: WorkOrdersResource) -> None:
        self.list_work_orders = to_streamed_response_wrapper(resource.list_work_orders)
        self.create_work_order = to_streamed_response_wrapper(resource.create_work_order)
        self.list_work_order_lists = to_streamed_response_wrapper(resource.list_work_order_lists)
        self.get_work_order = to_streamed_response_wrapper(resource.get_work_order)
        self.update_work_order = to_streamed_response_wrapper(resource.update_work_order)
        self.delete_work_order = to_streamed_response_wrapper(resource.delete_work_order)
        self.get_work_order_status = to_streamed_response_wrapper(resource.get_work_order_status)


class AsyncWorkOrdersResourceWithRawResponse:
    """``AsyncWorkOrdersResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncWorkOrdersResource) -> None:
        self.list_work_orders = async_to_raw_response_wrapper(resource.list_work_orders)
        self.create_work_order = async_to_raw_response_wrapper(resource.create_work_order)
        self.list_work_order_lists = async_to_raw_response_wrapper(resource.list_work_order_lists)
        self.get_work_order = async_to_raw_response_wrapper(resource.get_work_order)
        self.update_work_order = async_to_raw_response_wrapper(resource.update_work_order)
        self.delete_work_order = async_to_raw_response_wrapper(resource.delete_work_order)
        self.get_work_order_status = async_to_raw_response_wrapper(resource.get_work_order_status)


class AsyncWorkOrdersResourceWithStreamingResponse:
    """``AsyncWorkOrdersResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncWorkOrdersResource) -> None:
        self.list_work_orders = async_to_streamed_response_wrapper(resource.list_work_orders)
        self.create_work_order = async_to_streamed_response_wrapper(resource.create_work_order)
        self.list_work_order_lists = async_to_streamed_response_wrapper(resource.list_work_order_lists)
        self.get_work_order = async_to_streamed_response_wrapper(resource.get_work_order)
        self.update_work_order = async_to_streamed_response_wrapper(resource.update_work_order)
        self.delete_work_order = async_to_streamed_response_wrapper(resource.delete_work_order)
        self.get_work_order_status = async_to_streamed_response_wrapper(resource.get_work_order_status)

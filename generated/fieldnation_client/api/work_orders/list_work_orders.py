"""List Work Orders: ``GET /workorders``.

Request building and success parsing only; the client's request loop does auth, retries
and error mapping.
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ... import _models as _m
from ..._exceptions import UnexpectedStatus
from ...models.list_work_orders_list import ListWorkOrdersList
from ...models.list_work_orders_order import ListWorkOrdersOrder
from ...models.list_work_orders_view import ListWorkOrdersView
from ...models.work_order_list import WorkOrderList
from ...types import UNSET, Unset

ROOT_RELATIVE = False
OPERATION = "list_work_orders"
MAX_RETRIES: int | None = None
"""The operation's own retry limit (``x-retries`` in the spec); None: the client's."""


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_list_: str | Unset = UNSET
    if not isinstance(list_, Unset):
        json_list_ = list_.value

    params["list"] = json_list_

    params["columns"] = columns

    params["page"] = page

    params["per_page"] = per_page

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params["sort"] = sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["sticky"] = sticky

    params["stickyName"] = sticky_name

    params["f_"] = f

    params["f_work_order_id"] = f_work_order_id

    params["f_search"] = f_search

    params["f_max_approval_time"] = f_max_approval_time

    params["f_rating"] = f_rating

    params["f_flightboard_tomorrow"] = f_flightboard_tomorrow

    params["f_requests"] = f_requests

    params["f_counter_offers"] = f_counter_offers

    params["f_hourly"] = f_hourly

    params["f_fixed"] = f_fixed

    params["f_device"] = f_device

    params["f_pay"] = f_pay

    params["f_templates"] = f_templates

    params["f_type_of_work"] = f_type_of_work

    params["f_time_zone"] = f_time_zone

    params["f_mode"] = f_mode

    params["f_remote_work"] = f_remote_work

    params["f_company"] = f_company

    params["f_worked_with"] = f_worked_with

    params["f_manager"] = f_manager

    params["f_client"] = f_client

    params["f_project"] = f_project

    params["f_approval_window"] = f_approval_window

    params["f_review_window"] = f_review_window

    params["f_network"] = f_network

    params["f_auto_assign"] = f_auto_assign

    params["f_schedule"] = f_schedule

    params["f_service_schedule"] = f_service_schedule

    params["f_created"] = f_created

    params["f_created_date"] = f_created_date

    params["f_published"] = f_published

    params["f_routed"] = f_routed

    params["f_published_routed"] = f_published_routed

    params["f_completed"] = f_completed

    params["f_approved_cancelled"] = f_approved_cancelled

    params["f_confirmed"] = f_confirmed

    params["f_assigned"] = f_assigned

    params["f_saved_location"] = f_saved_location

    params["f_saved_location_group"] = f_saved_location_group

    params["f_city"] = f_city

    params["f_state"] = f_state

    params["f_postal_code"] = f_postal_code

    params["f_country"] = f_country

    params["f_flags"] = f_flags

    params["f_assignment"] = f_assignment

    params["f_confirmation"] = f_confirmation

    params["f_financing"] = f_financing

    params["f_geo"] = f_geo

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": "GET", "url": "/workorders", "params": params}

    return _kwargs


def _parse_response(response: httpx.Response, strict: bool = False) -> WorkOrderList:
    """The success body as models: lenient by default, checked whole when ``strict``."""
    if response.status_code == 200:
        return cast("WorkOrderList", _m.decode_body(_m.Model(WorkOrderList), _m.json_body(response), strict))
    raise UnexpectedStatus(
        f"undocumented success status {response.status_code}", response=response, body=response.text
    )

"""Recipes: provider cancel, provider delay, providers pending assignment."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import in_status


@recipe("unassign_work_order_provider")
def provider_cancel(api: Any) -> Any:
    wo = in_status(api, "publish", "assign")
    return api.call(
        "unassign_work_order_provider",
        path={"work_order_id": wo},
        json={"reason": "Vehicle breakdown", "note": "Cannot make it today"},
    )


@recipe("acknowledge_provider_delay")
def provider_delay(api: Any) -> Any:
    wo = in_status(api, "assign")
    return api.call(
        "acknowledge_provider_delay",
        path={"work_order_id": wo},
        json={"delay_minutes": 30, "reason": "Traffic accident ahead"},
    )


@recipe("list_work_order_pending_requests")
def pending(api: Any) -> Any:
    wo = in_status(api, "publish")
    api.call(
        "mass_route_work_order", path={"work_order_id": wo}, json={"ids": [9001, 9002]}, expect=200
    )
    return api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "find_providers_pending_assignment", "view": "model"},
    )

"""Recipes: schedule and ETA."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import in_status, new_work_order

WINDOW = {
    "service_window": {
        "mode": "between",
        "start": {"utc": "2026-07-01T14:00:00Z"},
        "end": {"utc": "2026-07-01T22:00:00Z"},
    },
    "schedule_note": "Please arrive before noon.",
}


@recipe("get_work_order_schedule")
def get_schedule(api: Any) -> Any:
    return api.call(
        "get_work_order_schedule", path={"work_order_id": new_work_order(api, schedule=WINDOW)}
    )


@recipe("update_work_order_schedule")
def update_schedule(api: Any) -> Any:
    return api.call(
        "update_work_order_schedule", path={"work_order_id": new_work_order(api)}, json=WINDOW
    )


@recipe("get_work_order_eta")
def get_eta(api: Any) -> Any:
    wo = in_status(api, "assign")
    api.call(
        "update_work_order_schedule",
        path={"work_order_id": wo},
        json={"service_window": {"mode": "exact", "start": {"utc": "2026-07-01 14:00:00"}}},
        expect=200,
    )
    return api.call("get_work_order_eta", path={"work_order_id": wo})

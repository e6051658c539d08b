"""Milestones follow the lifecycle; time_alive stops when the work order closes."""

from __future__ import annotations

from .conftest import Api
from .recipes.work_orders import in_status, new_work_order


def milestones(api: Api, wo: int) -> dict:
    return api.call("list_work_order_milestones", path={"work_order_id": wo}, expect=200).json()


def test_steps_appear_as_they_happen(api: Api) -> None:
    wo = new_work_order(api)
    first = milestones(api, wo)
    assert "utc" in first["created"] and "published" not in first and first["time_alive"] >= 0
    api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9001}}, expect=200
    )
    later = milestones(api, wo)
    assert {"created", "published", "assigned"} <= set(later) and later["time_to_dispatch"] >= 0
    assert later["created"] == first["created"]


def test_work_done_and_cancel(api: Api) -> None:
    done = milestones(api, in_status(api, "assign", "work_done"))
    assert "workdone" in done and done["time_to_work_done"] >= 0
    wo = new_work_order(api)
    api.call(
        "delete_work_order",
        path={"work_order_id": wo},
        query={"cancel_reason": "Duplicate"},
        expect=200,
    )
    closed = milestones(api, wo)
    assert "canceled" in closed and closed["time_alive"] == milestones(api, wo)["time_alive"]


def test_unknown_and_other_company(api: Api, other: Api) -> None:
    api.call("list_work_order_milestones", path={"work_order_id": 999999}, expect=404)
    other.call(
        "list_work_order_milestones", path={"work_order_id": new_work_order(api)}, expect=404
    )

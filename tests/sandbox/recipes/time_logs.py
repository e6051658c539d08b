"""Recipes: time logs (and the work-order helper the other recipes of this group share)."""

from __future__ import annotations

from typing import Any

from . import recipe

CHECK_IN = {
    "in": {
        "created": {
            "utc": "2026-07-01T14:00:00Z",
            "local": {"date": "2026-07-01", "time": "09:00:00"},
        }
    }
}
FULL = {
    "in": {"created": {"utc": "2026-07-01 14:00:00"}},
    "out": {"created": {"utc": "2026-07-01 16:30:00"}},
    "devices": 3,
}


def work_order(api: Any, *steps: str, title: str = "Install point of sale terminal") -> int:
    """A new work order of the caller's company walked through ``steps`` (publish, assign, work_done)."""
    wo = int(api.call("create_work_order", json={"title": title}, expect=201).json()["id"])
    for step in steps:
        if step == "publish":
            api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
        elif step == "assign":
            api.call(
                "assign_work_order",
                path={"work_order_id": wo},
                json={"user": {"id": 9001}},
                expect=200,
            )
        elif step == "work_done":
            r = api.client.post(
                f"/_sandbox/workorders/{wo}/work-done", params={"access_token": api.token}
            )
            assert r.status_code == 200, r.text
    return wo


def with_log(api: Any, body: dict[str, Any] = FULL) -> tuple[int, int]:
    """An assigned work order with one time log: (work order id, log id)."""
    wo = work_order(api, "assign")
    answer = api.call(
        "create_work_order_time_log", path={"work_order_id": wo}, json=body, expect=201
    ).json()
    return wo, int(answer["time_logs"]["results"][0]["id"])


@recipe("list_work_order_time_logs")
def list_logs(api: Any) -> Any:
    wo, _ = with_log(api)
    return api.call(
        "list_work_order_time_logs", path={"work_order_id": wo}, query={"page": 1, "per_page": 10}
    )


@recipe("create_work_order_time_log")
def create_log(api: Any) -> Any:
    return api.call(
        "create_work_order_time_log",
        path={"work_order_id": work_order(api, "assign")},
        json=CHECK_IN,
    )


@recipe("update_all_work_order_time_logs")
def update_all(api: Any) -> Any:
    wo, log = with_log(api)
    return api.call(
        "update_all_work_order_time_logs",
        path={"work_order_id": wo},
        json={"data": [{"id": log, "devices": 4}]},
    )


@recipe("update_work_order_time_log")
def update_log(api: Any) -> Any:
    wo, log = with_log(api, CHECK_IN)
    body = {
        "out": {
            "created": {
                "utc": "2026-07-01T16:30:00Z",
                "local": {"date": "2026-07-01", "time": "11:30:00"},
            }
        }
    }
    return api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        json=body,
    )


@recipe("delete_work_order_time_log")
def delete_log(api: Any) -> Any:
    wo, log = with_log(api)
    return api.call(
        "delete_work_order_time_log", path={"work_order_id": wo, "workorder_hours_id": log}
    )

"""Recipes: work-order tasks and task alerts."""

from __future__ import annotations

from typing import Any

from . import recipe
from .contacts import work_order

PHONE_TASK = {
    "group": {"id": "onsite"},
    "type": {"id": 8},
    "label": "Call the store manager on arrival",
    "phone": "+1-612-555-0143",
    "alerts": [{"email": "alerts@northstar-retail.example"}],
}


def with_task(api: Any, *steps: str) -> tuple[int, dict[str, Any]]:
    """A work order with a phone task (one alert); the task as created."""
    wo = work_order(api, *steps)
    body = api.call(
        "create_work_order_task", path={"work_order_id": wo}, json=PHONE_TASK, expect=201
    ).json()
    return wo, body["tasks"]["results"][0]


@recipe("list_work_order_tasks")
def list_tasks(api: Any) -> Any:
    wo, _ = with_task(api)
    return api.call("list_work_order_tasks", path={"work_order_id": wo})


@recipe("create_work_order_task")
def create_task(api: Any) -> Any:
    body = {
        "group": {"id": "post"},
        "type": {"id": 9},
        "label": "Email the closing report",
        "email": "closeout@northstar-retail.example",
        "alerts": [{"email": "dispatch@northstar-retail.example"}],
    }
    return api.call("create_work_order_task", path={"work_order_id": work_order(api)}, json=body)


@recipe("update_work_order_tasks")
def update_tasks(api: Any) -> Any:
    wo, task = with_task(api, "assign")
    body = {
        "tasks": [
            {
                "id": task["id"],
                "status": "complete",
                "description": "Called; the manager opened the back room.",
            }
        ]
    }
    return api.call("update_work_order_tasks", path={"work_order_id": wo}, json=body)


@recipe("get_work_order_task")
def get_task(api: Any) -> Any:
    wo, task = with_task(api)
    return api.call("get_work_order_task", path={"work_order_id": wo, "task_id": task["id"]})


@recipe("delete_work_order_task")
def delete_task(api: Any) -> Any:
    wo, task = with_task(api)
    return api.call("delete_work_order_task", path={"work_order_id": wo, "task_id": task["id"]})


@recipe("update_work_order_task")
def update_task(api: Any) -> Any:
    wo, task = with_task(api)
    body = {
        "label": "Call Nancy for access instructions",
        "alerts": [{"email": "dispatch@northstar-retail.example"}],
    }
    return api.call(
        "update_work_order_task", path={"work_order_id": wo, "task_id": task["id"]}, json=body
    )


@recipe("delete_work_order_task_alerts")
def delete_alerts(api: Any) -> Any:
    wo, task = with_task(api)
    return api.call(
        "delete_work_order_task_alerts", path={"work_order_id": wo, "task_id": task["id"]}
    )


@recipe("delete_work_order_task_alert")
def delete_alert(api: Any) -> Any:
    wo, task = with_task(api)
    path = {"work_order_id": wo, "task_id": task["id"], "alert_id": task["alerts"][0]["id"]}
    return api.call("delete_work_order_task_alert", path=path)

"""Recipes: work-order problems."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import in_status

PROBLEM = {
    "type": {"id": 31},
    "comments": "Technician is unable to access the site.",
    "support_can_resolve": True,
}


def with_problem(api: Any) -> tuple[int, int]:
    wo = in_status(api, "publish")
    doc = api.call(
        "create_work_order_problem", path={"work_order_id": wo}, json=PROBLEM, expect=201
    ).json()
    return wo, int(doc["problems"]["results"][0]["id"])


@recipe("list_work_order_problems")
def list_problems(api: Any) -> Any:
    wo, _ = with_problem(api)
    return api.call("list_work_order_problems", path={"work_order_id": wo})


@recipe("create_work_order_problem")
def create_problem(api: Any) -> Any:
    return api.call(
        "create_work_order_problem", path={"work_order_id": in_status(api, "publish")}, json=PROBLEM
    )


@recipe("update_work_order_problem")
def update_problem(api: Any) -> Any:
    wo, problem = with_problem(api)
    return api.call(
        "update_work_order_problem",
        path={"work_order_id": wo, "problem_id": problem},
        json={"resolution": {"status": "resolved"}},
    )


@recipe("delete_work_order_problem")
def delete_problem(api: Any) -> Any:
    wo, problem = with_problem(api)
    return api.call("delete_work_order_problem", path={"work_order_id": wo, "problem_id": problem})

"""Recipes: qualifications (the work order's selection rule)."""

from __future__ import annotations

from typing import Any

from . import recipe
from .time_logs import work_order

RULE = {
    "selection_rule": {
        "name": "Cert Required",
        "results": [{"id": 45, "required": True}, {"id": 67, "required": False}],
    }
}


def with_rule(api: Any) -> int:
    wo = work_order(api)
    api.call("create_work_order_qualification", path={"work_order_id": wo}, json=RULE, expect=201)
    return wo


@recipe("list_work_order_qualifications")
def list_quals(api: Any) -> Any:
    return api.call("list_work_order_qualifications", path={"work_order_id": with_rule(api)})


@recipe("create_work_order_qualification")
def create_qual(api: Any) -> Any:
    return api.call(
        "create_work_order_qualification", path={"work_order_id": work_order(api)}, json=RULE
    )


@recipe("update_work_order_qualification")
def update_qual(api: Any) -> Any:
    body = {"selection_rule": {"name": "Cert Required", "results": [{"id": 45, "required": True}]}}
    return api.call(
        "update_work_order_qualification", path={"work_order_id": with_rule(api)}, json=body
    )


@recipe("delete_work_order_qualification")
def delete_qual(api: Any) -> Any:
    return api.call(
        "delete_work_order_qualification",
        path={"work_order_id": with_rule(api), "qualification_id": 67},
    )

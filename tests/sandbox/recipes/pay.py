"""Recipes: pay, discounts, pay increases."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import new_work_order

HOURLY = {"type": "hourly", "base": {"amount": 25, "units": 4}}


def seeded_with(api: Any, key: str) -> dict[str, Any]:
    """The first seeded work order whose pay has ``key`` (discounts, increases) lines."""
    found = api.call("list_work_orders", query={"per_page": 100}, expect=200).json()["results"]
    for wo in found:
        if ((wo.get("pay") or {}).get(key) or {}).get("results"):
            return dict(wo)
    raise AssertionError(f"no seeded work order with pay.{key}")


@recipe("get_work_order_pay")
def get_pay(api: Any) -> Any:
    return api.call("get_work_order_pay", path={"work_order_id": new_work_order(api, pay=HOURLY)})


@recipe("update_work_order_pay")
def update_pay(api: Any) -> Any:
    body = {
        "type": "blended",
        "base": {"amount": 400, "units": 2},
        "additional": {"amount": 25, "units": 1},
    }
    return api.call("update_work_order_pay", path={"work_order_id": new_work_order(api)}, json=body)


@recipe("list_work_order_discounts")
def discounts(api: Any) -> Any:
    return api.call(
        "list_work_order_discounts",
        path={"work_order_id": seeded_with(api, "discounts")["id"]},
        query={"page": 1, "per_page": 10},
    )


@recipe("list_work_order_increases")
def increases(api: Any) -> Any:
    return api.call(
        "list_work_order_increases", path={"work_order_id": seeded_with(api, "increases")["id"]}
    )


@recipe("get_work_order_increase")
def get_increase(api: Any) -> Any:
    wo = seeded_with(api, "increases")
    increase = wo["pay"]["increases"]["results"][0]["id"]
    return api.call(
        "get_work_order_increase", path={"work_order_id": wo["id"], "increase_id": increase}
    )


@recipe("update_work_order_increase")
def update_increase(api: Any) -> Any:
    wo = seeded_with(api, "increases")
    increase = wo["pay"]["increases"]["results"][0]["id"]
    body = {"id": increase, "status": "accepted", "status_description": "Approved by dispatch"}
    return api.call(
        "update_work_order_increase",
        path={"work_order_id": wo["id"], "increase_id": increase},
        json=body,
    )

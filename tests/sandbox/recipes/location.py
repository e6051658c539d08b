"""Recipes: work-order location."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import new_work_order

CUSTOM = {
    "mode": "custom",
    "display_name": "Northside Office Supply",
    "address1": "1254 Commerce Lane",
    "address2": "Suite 100",
    "city": "Minneapolis",
    "state": "MN",
    "zip": "55402",
    "country": "US",
    "type": {"id": 1},
}


@recipe("get_work_order_location")
def get_location(api: Any) -> Any:
    return api.call(
        "get_work_order_location", path={"work_order_id": new_work_order(api, location=CUSTOM)}
    )


@recipe("update_work_order_location")
def update_location(api: Any) -> Any:
    return api.call(
        "update_work_order_location", path={"work_order_id": new_work_order(api)}, json=CUSTOM
    )

"""Recipes: Smart Dispatch."""

from __future__ import annotations

from typing import Any

from . import recipe

MINNEAPOLIS = {
    "mode": "custom",
    "address1": "1300 W Lake St",
    "city": "Minneapolis",
    "state": "MN",
    "zip": "55408",
    "country": "US",
}


def new_work_order(api: Any, **extra: Any) -> int:
    body = {
        "title": "Replace POS terminal at store 457",
        "description": {"html": "<p>Swap the failed terminal.</p>"},
        **extra,
    }
    return int(api.call("create_work_order", json=body, expect=201).json()["id"])


@recipe("trigger_smart_dispatch")
def trigger(api: Any) -> Any:
    first = new_work_order(api, location=MINNEAPOLIS, project={"id": 2201})
    second = new_work_order(api)
    return api.call("trigger_smart_dispatch", json={"workOrders": [{"id": first}, {"id": second}]})

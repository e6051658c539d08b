"""Recipes: bundles of work orders."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import new_work_order


def bundled(api: Any, size: int = 2) -> list[int]:
    ids = [new_work_order(api) for _ in range(size)]
    api.call("bundle_work_orders", json={"ids": ids}, expect=200)
    return ids


@recipe("validate_work_order_bundle")
def validate(api: Any) -> Any:
    return api.call(
        "validate_work_order_bundle", json={"ids": [new_work_order(api), new_work_order(api)]}
    )


@recipe("bundle_work_orders")
def bundle(api: Any) -> Any:
    return api.call("bundle_work_orders", json={"ids": [new_work_order(api), new_work_order(api)]})


@recipe("unbundle_work_orders")
def unbundle(api: Any) -> Any:
    ids = bundled(api, 3)
    return api.call("unbundle_work_orders", json={"ids": ids[-1:]})


@recipe("delete_work_order_bundle")
def delete(api: Any) -> Any:
    ids = bundled(api)
    return api.call("delete_work_order_bundle", path={"work_order_id": ids[0]})

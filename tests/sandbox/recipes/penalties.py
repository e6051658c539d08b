"""Recipes: work-order penalties."""

from __future__ import annotations

from typing import Any

from . import recipe
from .bonuses import bonus_definitions
from .contacts import work_order


def penalty_definitions(api: Any, company: int = 501) -> tuple[int, int]:
    return bonus_definitions(api, company, kind="penalty_definition")


@recipe("list_work_order_penalties")
def list_penalties(api: Any) -> Any:
    fixed, _ = penalty_definitions(api)
    wo = work_order(api)
    api.call(
        "create_work_order_penalty", path={"work_order_id": wo, "penalty_id": fixed}, expect=201
    )
    return api.call("list_work_order_penalties", path={"work_order_id": wo})


@recipe("create_work_order_penalty")
def create_penalty(api: Any) -> Any:
    fixed, _ = penalty_definitions(api)
    path = {"work_order_id": work_order(api), "penalty_id": fixed}
    return api.call(
        "create_work_order_penalty",
        path=path,
        json={"amount": 15, "reason": "Arrived 45 minutes late."},
    )

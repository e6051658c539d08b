"""Recipes: work-order bonuses."""

from __future__ import annotations

from typing import Any

from . import recipe
from .contacts import store, work_order

FIXED, PERCENT = 990031, 990032


def bonus_definitions(
    api: Any, company: int = 501, kind: str = "bonus_definition"
) -> tuple[int, int]:
    """A fixed and a percentage definition of ``kind`` for ``company`` (test setup only)."""
    db = store(api)
    fixed, percent = FIXED + company * 10, PERCENT + company * 10
    if kind == "penalty_definition":
        fixed, percent = fixed + 5, percent + 5
    db.put(
        kind,
        fixed,
        company,
        {
            "id": fixed,
            "name": "Same-day completion",
            "description": "Finished on the scheduled day.",
            "calculation": "fixed",
            "modifier": 25,
            "amount": 25,
        },
    )
    db.put(
        kind,
        percent,
        company,
        {
            "id": percent,
            "name": "Weekend premium",
            "description": "Work on Saturday or Sunday.",
            "calculation": "percent",
            "modifier": 10,
            "amount": 0,
        },
    )
    return fixed, percent


@recipe("list_work_order_bonuses")
def list_bonuses(api: Any) -> Any:
    fixed, _ = bonus_definitions(api)
    wo = work_order(api)
    api.call("create_work_order_bonus", path={"work_order_id": wo, "bonus_id": fixed}, expect=201)
    return api.call("list_work_order_bonuses", path={"work_order_id": wo})


@recipe("create_work_order_bonus")
def create_bonus(api: Any) -> Any:
    fixed, _ = bonus_definitions(api)
    return api.call(
        "create_work_order_bonus",
        path={"work_order_id": work_order(api), "bonus_id": fixed},
        json={"charged": True},
    )

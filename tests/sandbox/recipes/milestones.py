"""Recipes: work-order milestones."""

from __future__ import annotations

from typing import Any

from . import recipe
from .work_orders import in_status


@recipe("list_work_order_milestones")
def milestones(api: Any) -> Any:
    return api.call(
        "list_work_order_milestones", path={"work_order_id": in_status(api, "publish", "assign")}
    )

"""Work-order penalties: list, apply a company penalty.

Penalty lines live in the work order at ``pay.penalties`` (newest first), built from the
company's definitions (kind ``penalty_definition``) exactly like bonuses; amounts are the
dollars deducted, always positive.
"""

from __future__ import annotations

from ..registry import Context, Reply, operation
from ._common import load_work_order, ok
from .bonuses import PENALTY_CLOSED, apply_modifier, sync_modifiers


@operation("list_work_order_penalties")
def list_work_order_penalties(ctx: Context) -> Reply:
    return ok(sync_modifiers(load_work_order(ctx), "penalties", PENALTY_CLOSED))


@operation("create_work_order_penalty")
def create_work_order_penalty(ctx: Context) -> Reply:
    return apply_modifier(ctx, "penalty_definition", ctx.path["penalty_id"])

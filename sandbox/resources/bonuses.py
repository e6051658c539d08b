"""Work-order bonuses: list, apply a company bonus.

Bonus lines live in the work order at ``pay.bonuses`` (newest first). A line copies the
company's definition (kind ``bonus_definition``) named by ``bonus_id``; percentages are
computed from the work order's labor pay. Penalties work the same way (see ``penalties``).
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation
from ._common import add_item, created, load_work_order, ok, save_work_order, section, status_name
from .expenses import recompute_pay

BONUS_CLOSED = (lifecycle.APPROVED, lifecycle.PAID, lifecycle.CANCELLED, lifecycle.DELETED)


def labor_pay(pay: dict[str, Any]) -> float:
    """The most the work order's rate can pay (base plus additional tier)."""
    total = 0.0
    for tier in ("base", "additional"):
        part = pay.get(tier) or {}
        amount, units = float(part.get("amount") or 0), part.get("units")
        total += (
            amount
            if pay.get("type") == "fixed" and tier == "base"
            else amount * float(units if units is not None else 1)
        )
    return total


def _money(value: float) -> float:
    return round(value, 2)


def sync_modifiers(doc: dict[str, Any], key: str, closed: tuple[str, ...]) -> dict[str, Any]:
    """Amounts of percentage lines, sums, metadata and actions of ``pay.<key>``."""
    pay = doc.setdefault("pay", {})
    lines = section(doc, "pay", key)
    labor = labor_pay(pay)
    editable = status_name(doc) not in closed
    for line in lines["results"]:
        if line.get("calculation") == "percent":
            line["amount"] = _money(labor * float(line.get("modifier") or 0) / 100)
        line["actions"] = (
            ["charge", "delete"]
            if editable and not line.get("charged")
            else (["delete"] if editable else [])
        )
    total = len(lines["results"])
    lines["metadata"] = {
        "total": total,
        "page": 1,
        "pages": 1 if total else 0,
        "per_page": max(total, 25),
    }
    every = _money(sum(float(line.get("amount") or 0) for line in lines["results"]))
    charged = _money(
        sum(float(line.get("amount") or 0) for line in lines["results"] if line.get("charged"))
    )
    lines["sum"] = {"all": every, "charged": charged, "uncharged": _money(every - charged)}
    lines["actions"] = ["add"] if editable else []
    recompute_pay(pay)  # the pay module, when present, owns the sums and totals
    return lines


def apply_modifier(
    ctx: Context, kind: str, key: str, ident: int, closed: tuple[str, ...], note_field: str
) -> Reply:
    """Apply the company's ``kind`` definition ``ident`` to the work order's ``pay.<key>``."""
    what = kind.split("_")[0]
    doc = load_work_order(ctx)
    definition = ctx.store.get(kind, ident, ctx.company_id)
    if definition is None:
        field = f"path.{what}_id"
        raise ApiError(
            422,
            f"{what}_id: {what} {ident} is not defined by this company",
            [{"field": field, "message": f"unknown {what}"}],
        )
    if status_name(doc) in closed:
        raise ApiError(
            409, f"Work order {doc['id']} is {status_name(doc)}; a {what} can no longer be applied"
        )
    lines = section(doc, "pay", key)
    if any(line.get("id") == definition["id"] for line in lines["results"]):
        raise ApiError(409, f"The {what} {ident} is already applied to work order {doc['id']}")
    body = ctx.body or {}
    calculation = definition.get("calculation", "fixed")
    modifier = abs(float(definition.get("modifier", definition.get("amount", 0)) or 0))
    if "amount" in body:  # the guide's form: a dollar amount for this work order
        calculation, modifier = "fixed", float(body["amount"])
    line: dict[str, Any] = {
        "id": definition["id"],
        "name": definition["name"],
        "description": body.get(note_field, definition.get("description", "")),
        "calculation": calculation,
        "modifier": modifier,
        "amount": _money(modifier) if calculation == "fixed" else 0.0,
        "charged": bool(body.get("charged", False)),
        "hours24_applicable": bool(definition.get("hours24_applicable", False)),
    }
    add_item(doc, ("pay", key), line)
    sync_modifiers(doc, key, closed)
    return created(save_work_order(ctx, doc))


@operation("list_work_order_bonuses")
def list_work_order_bonuses(ctx: Context) -> Reply:
    return ok(sync_modifiers(load_work_order(ctx), "bonuses", BONUS_CLOSED))


@operation("create_work_order_bonus")
def create_work_order_bonus(ctx: Context) -> Reply:
    return apply_modifier(
        ctx, "bonus_definition", "bonuses", ctx.path["bonus_id"], BONUS_CLOSED, "description"
    )

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
PENALTY_CLOSED = (lifecycle.PAID, lifecycle.CANCELLED, lifecycle.DELETED)
"""Penalties may be applied until the work order is paid (so also once approved)."""
MODIFIERS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "bonus_definition": ("bonuses", BONUS_CLOSED, "description"),
    "penalty_definition": ("penalties", PENALTY_CLOSED, "reason"),
}
"""Company definition kind -> (list in ``pay``, statuses that refuse it, body field of the note)."""


def add_modifiers(ctx: Context, doc: dict[str, Any], pay_body: dict[str, Any], field: str) -> None:
    """Apply the ``bonuses`` / ``penalties`` a ``PayInput`` lists by id (bonuses guide); the
    ones already applied stay as they are."""
    for kind, (key, _, _) in MODIFIERS.items():
        for i, item in enumerate((pay_body.get(key) or {}).get("results", [])):
            add_modifier(
                ctx,
                doc,
                kind,
                item["id"],
                {"charged": item["charged"]} if "charged" in item else {},
                field=f"{field}.{key}.results.{i}.id",
                already="keep",
            )


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


def add_modifier(
    ctx: Context,
    doc: dict[str, Any],
    kind: str,
    ident: int,
    body: dict[str, Any],
    *,
    field: str,
    already: str = "conflict",
) -> dict[str, Any] | None:
    """Apply the company's ``kind`` definition ``ident`` to ``doc``'s pay (the caller saves).

    ``field`` names the id in error messages. A modifier already applied is a 409, or is left
    as it is (None) with ``already="keep"``, as work-order bodies that list every bonus want.
    """
    key, closed, note_field = MODIFIERS[kind]
    what = kind.split("_")[0]
    definition = ctx.store.get(kind, ident, ctx.company_id)
    if definition is None:
        raise ApiError(
            422,
            f"{field.split('.', 1)[1]}: {what} {ident} is not defined by this company",
            [{"field": field, "message": f"unknown {what}"}],
        )
    if status_name(doc) in closed:
        raise ApiError(
            409, f"Work order {doc['id']} is {status_name(doc)}; a {what} can no longer be applied"
        )
    lines = section(doc, "pay", key)
    if any(line.get("id") == definition["id"] for line in lines["results"]):
        if already == "keep":
            return None
        raise ApiError(409, f"The {what} {ident} is already applied to work order {doc['id']}")
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
    return line


def apply_modifier(ctx: Context, kind: str, ident: int) -> Reply:
    """The create call: apply definition ``ident`` of ``kind`` to the path's work order."""
    doc = load_work_order(ctx)
    what = kind.split("_")[0]
    add_modifier(ctx, doc, kind, ident, ctx.body or {}, field=f"path.{what}_id")
    return created(save_work_order(ctx, doc))


@operation("list_work_order_bonuses")
def list_work_order_bonuses(ctx: Context) -> Reply:
    return ok(sync_modifiers(load_work_order(ctx), "bonuses", BONUS_CLOSED))


@operation("create_work_order_bonus")
def create_work_order_bonus(ctx: Context) -> Reply:
    return apply_modifier(ctx, "bonus_definition", ctx.path["bonus_id"])

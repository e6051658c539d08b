"""Work-order pay: the rate, its computed totals, discounts, and pay increases.

The pay lives in the work order at ``pay`` with its modifier lists embedded (``bonuses``,
``penalties``, ``discounts``, ``increases``, ``expenses``; newest first). Any module that changes
one of those lists calls :func:`recompute_totals` so sums and totals stay consistent:

* ``max_pay`` / ``range`` follow from the rate; ``labor_sum`` is the labor earned from the
  hours (or devices) reported, the flat amount for fixed pay and blended pay's first tier;
* percent modifiers are worth ``modifier`` percent of the labor pay;
* ``total`` = labor (``labor_sum`` once hours or devices are reported or the pay is fixed,
  else ``max_pay``) + charged bonuses - charged penalties + approved expenses. Discounts lower
  the buyer's cost only and leave the total alone;
* ``increases.sum.all`` is what the pending increases would add to ``max_pay``.

Pay increases are asked for by the assigned provider (the Client API cannot create one; the
seed puts two on each company's Assigned work order, and :func:`add_increase` does it in code).
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    add_item,
    date_obj,
    envelope,
    find_item,
    load_work_order,
    new_id,
    ok,
    page_args,
    refresh,
    save_work_order,
    section,
    status_name,
    user_ref,
)
from .bonuses import add_modifiers

TYPES = ("fixed", "hourly", "blended", "device")
MAX_PAY = 10_000_000.0
"""The most a work order may pay (a 422 above), which keeps every total a finite number."""
MODIFIER_LISTS = ("bonuses", "penalties", "discounts")
LIST_ACTIONS = {
    "bonuses": ["add"],
    "penalties": ["add"],
    "discounts": [],
    "increases": [],
    "expenses": ["add"],
}
INCREASES = ("pay", "increases")
DECISIONS = {
    "accepted": "accepted",
    "approved": "accepted",
    "denied": "denied",
    "rejected": "denied",
    "pending": "pending",
}
DECIDABLE = (*lifecycle.EDITABLE, lifecycle.WORK_DONE)
"""Statuses in which a pay increase may still be accepted (the work is not approved yet)."""


# -- totals ---------------------------------------------------------------------------------------
def _amount(tier: dict[str, Any] | None) -> tuple[float, float]:
    tier = tier or {}
    return float(tier.get("amount") or 0), float(tier.get("units") or 0)


def max_pay(rate: dict[str, Any]) -> float:
    """The most a rate can pay (``rate`` is a ``PayRate`` or a ``Pay``)."""
    kind = rate.get("type") or ""
    amount, units = _amount(rate.get("base"))
    extra, extra_units = _amount(rate.get("additional"))
    if kind == "fixed":
        return amount
    if kind in ("hourly", "device"):
        return amount * units
    if kind == "blended":
        return amount + extra * extra_units
    return 0.0


def _labor_sum(pay: dict[str, Any], hours: float, devices: float) -> float:
    kind = pay.get("type") or ""
    amount, units = _amount(pay.get("base"))
    extra, extra_units = _amount(pay.get("additional"))
    if kind == "fixed":
        return amount
    if kind == "hourly":
        return amount * min(hours, units)
    if kind == "device":
        return amount * min(devices, units)
    if kind == "blended":
        return amount + extra * min(max(hours - units, 0.0), extra_units)
    return 0.0


def _money(value: float) -> float:
    return round(value + 0.0, 2)


def _modifier_list(pay: dict[str, Any], key: str) -> dict[str, Any]:
    found = section(pay, key)
    refresh(found)
    found.setdefault("actions", list(LIST_ACTIONS[key]))
    return found


def recompute_totals(pay: dict[str, Any]) -> dict[str, Any]:
    """Fill in the pay's defaults and recompute its sums and totals, in place; returns ``pay``.

    Call it after changing the rate or any embedded list (bonuses, penalties, discounts,
    increases, expenses).
    """
    pay.setdefault("type", "")
    for tier in ("base", "additional"):
        amount, units = _amount(pay.get(tier))
        pay[tier] = {"amount": amount, "units": units}
    pay.setdefault("fees", [])
    for key in ("hours", "reported_hours", "number_of_devices", "minimum_payment"):
        pay.setdefault(key, 0)
    hours = float(pay["hours"] or pay["reported_hours"] or 0)
    devices = float(pay["number_of_devices"] or 0)
    top = max_pay(pay)
    labor = _labor_sum(pay, hours, devices)
    floor = _amount(pay["base"])[0] if pay["type"] in ("fixed", "blended") else 0.0
    pay["max_pay"] = _money(top)
    pay["range"] = {"min": _money(floor), "max": _money(top)}
    pay["labor_sum"] = _money(labor)
    basis = labor if (hours or devices or pay["type"] == "fixed") else top

    sums: dict[str, float] = {}
    for key in MODIFIER_LISTS:
        lines = _modifier_list(pay, key)
        charged = 0.0
        every = 0.0
        for line in lines["results"]:
            if line.get("calculation") == "percent":
                line["amount"] = _money(basis * float(line.get("modifier") or 0) / 100)
            value = float(line.get("amount") or 0)
            every += value
            if line.get("charged", key == "discounts"):
                charged += value
        lines["sum"] = (
            {"all": _money(every)}
            if key == "discounts"
            else {
                "all": _money(every),
                "charged": _money(charged),
                "uncharged": _money(every - charged),
            }
        )
        sums[key] = charged

    expenses = _modifier_list(pay, "expenses")
    by_status: dict[str, float] = {"new": 0.0, "approved": 0.0, "disapproved": 0.0}
    for line in expenses["results"]:
        status = line.get("status", "new")
        by_status[status] = by_status.get(status, 0.0) + float(line.get("amount") or 0)
    every = sum(by_status.values())
    approved = by_status["approved"]
    expenses["sum"] = {
        "all": _money(every),
        "charged": _money(approved),
        "uncharged": _money(by_status["new"]),
        "pending": _money(by_status["new"]),
        "approved": _money(approved),
        "approved_amount": _money(approved),
        "denied": _money(by_status["disapproved"]),
    }

    increases = _modifier_list(pay, "increases")
    pending = [i for i in increases["results"] if i.get("status") == "pending"]
    increases["sum"] = {
        "all": _money(sum(max(0.0, max_pay(i.get("pay") or {}) - top) for i in pending))
    }

    pay["total"] = _money(max(0.0, basis + sums["bonuses"] - sums["penalties"] + approved))
    return pay


def default_pay(wo_id: int) -> dict[str, Any]:
    """The pay of a work order that has none set yet."""
    return recompute_totals({"work_order_id": wo_id, "type": ""})


# -- building the pay ---------------------------------------------------------------------------
def _tier(given: dict[str, Any], current: dict[str, Any], kind: str, tier: str) -> dict[str, Any]:
    amount = float(given["amount"])  # a number, or a decimal string (validated by the spec)
    if "units" in given:
        units = float(given["units"])
    elif float(current.get("units") or 0) > 0:
        units = float(current["units"])
    else:
        units = 1.0 if amount > 0 else 0.0
    if kind == "fixed" and tier == "base":
        units = 1.0
    return {"amount": amount, "units": units}


def build_pay(
    ctx: Context,
    inp: dict[str, Any],
    existing: dict[str, Any] | None,
    wo_id: int,
    *,
    field: str = "body.pay",
) -> dict[str, Any]:
    """A ``PayInput`` merged over the existing pay: only the fields sent change."""
    pay = recompute_totals(copy.deepcopy(existing) if existing else {"type": ""})
    pay["work_order_id"] = wo_id
    kind = inp.get("type", pay["type"])
    if not kind and ("base" in inp or "additional" in inp):
        raise ApiError(
            422,
            f"{field}.type: the work order has no pay type yet; send type with the amounts",
            [{"field": f"{field}.type", "message": "required with amounts"}],
        )
    if "base" in inp:
        pay["base"] = _tier(inp["base"], pay["base"], kind, "base")
    if "additional" in inp:
        pay["additional"] = _tier(inp["additional"], pay["additional"], kind, "additional")
        if kind != "blended" and pay["additional"]["amount"] > 0 and pay["additional"]["units"] > 0:
            raise ApiError(
                422,
                f"{field}.additional: only blended pay has an additional tier (type is {kind})",
                [{"field": f"{field}.additional", "message": "needs type blended"}],
            )
    elif kind != "blended":
        pay["additional"] = {"amount": 0.0, "units": 0.0}
    if kind == "fixed":
        pay["base"]["units"] = 1.0 if pay["base"]["amount"] > 0 else pay["base"]["units"]
    if (
        kind in ("hourly", "device", "blended")
        and pay["base"]["amount"] > 0
        and pay["base"]["units"] <= 0
    ):
        what = {
            "hourly": "maximum hours",
            "device": "maximum devices",
            "blended": "hours of the first tier",
        }[kind]
        raise ApiError(
            422,
            f"{field}.base.units: {kind} pay needs the {what} (units > 0)",
            [{"field": f"{field}.base.units", "message": "must be above 0"}],
        )
    pay["type"] = kind
    _check_rate(pay, field)
    return recompute_totals(pay)


def _check_rate(rate: dict[str, Any], field: str) -> None:
    """A 422 when the rate's most possible pay is beyond any real work order."""
    top = max_pay(rate)
    if not math.isfinite(top) or top > MAX_PAY:
        raise ApiError(
            422,
            f"{field}: the pay could reach {top:.2f}, above the limit of {MAX_PAY:.0f}",
            [{"field": f"{field}.base.amount", "message": "too large"}],
        )


def sync_pay(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring the work order's pay up to date, in place: defaults, the hours and devices of its
    time logs, sums and totals. Returns ``doc["pay"]``."""
    pay = doc["pay"] = doc.get("pay") or {}
    pay["work_order_id"] = doc["id"]
    logs = doc.get("time_logs")
    if isinstance(logs, dict) and isinstance(logs.get("results"), list):
        results = logs["results"]
        pay["hours"] = round(
            float(logs.get("hours") or sum(float(log.get("hours") or 0) for log in results)), 4
        )
        pay["number_of_devices"] = sum(float(log.get("devices") or 0) for log in results)
    return recompute_totals(pay)


def pay_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The work order's pay brought up to date (a copy; ``doc`` is left alone)."""
    return sync_pay(
        {"id": doc["id"], "pay": copy.deepcopy(doc.get("pay")), "time_logs": doc.get("time_logs")}
    )


def _view(doc: dict[str, Any]) -> dict[str, Any]:
    pay = pay_of(doc)
    pay["actions"] = ["edit", "view"] if status_name(doc) in lifecycle.EDITABLE else ["view"]
    return pay


def _list(ctx: Context, lines: dict[str, Any]) -> dict[str, Any]:
    page, per_page = page_args(ctx)
    body = envelope(lines["results"], page, per_page)
    body["sum"] = lines["sum"]
    body["actions"] = lines.get("actions", [])
    return body


# -- pay increases --------------------------------------------------------------------------------
def _rate(rate: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": rate.get("type", "")}
    for tier in ("base", "additional"):
        amount, units = _amount(rate.get(tier))
        out[tier] = {"amount": amount, "units": units}
    return out


def add_increase(
    ctx: Context,
    doc: dict[str, Any],
    rate: dict[str, Any],
    description: str,
    author_id: int,
    created: float | None = None,
) -> dict[str, Any]:
    """Record a provider's pending request for ``rate`` on the work-order document."""
    item = {
        "id": new_id(ctx.store, "pay_increase", 310),
        "description": description,
        "status": "pending",
        "status_description": "",
        "pay": _rate(rate),
        "author": user_ref(ctx.store, author_id),
        "created": date_obj(ctx.now if created is None else created),
        "actions": ["accept", "deny"],
    }
    sync_pay(doc)
    add_item(doc, INCREASES, item)
    sync_pay(doc)
    return item


def _decide(
    ctx: Context, doc: dict[str, Any], increase: dict[str, Any], body: dict[str, Any]
) -> None:
    current = increase.get("status", "pending")
    wanted = DECISIONS[body["status"]] if "status" in body else current
    note = body.get("status_description", body.get("rejection_reason", body.get("note")))
    edits = "description" in body or "pay" in body or "amount" in body
    if current != "pending" and (wanted != current or edits):
        raise ApiError(
            409,
            f"Pay increase {increase['id']} is already {current}; only a pending increase can be changed",
        )
    if "description" in body:
        increase["description"] = body["description"]
    if "pay" in body:
        increase["pay"] = _rate({**increase.get("pay", {}), **body["pay"]})
        _check_rate(increase["pay"], "body.pay")
    if "amount" in body:  # the guide's form: the dollars granted on top of the current pay
        current_pay = doc.get("pay") or {}
        if current_pay.get("type") != "fixed":
            raise ApiError(
                422,
                "amount: a dollar amount applies to fixed pay; send pay with the new rate instead",
                [{"field": "body.amount", "message": "needs fixed pay"}],
            )
        base = float((current_pay.get("base") or {}).get("amount") or 0)
        increase["pay"] = _rate(
            {"type": "fixed", "base": {"amount": base + float(body["amount"]), "units": 1}}
        )
    if note is not None:
        increase["status_description"] = note
    if wanted == "accepted":
        if status_name(doc) not in DECIDABLE:
            raise ApiError(
                409, f"Work order {doc['id']} is {status_name(doc)}; its pay can no longer change"
            )
        rate = increase.get("pay") or {}
        if (rate.get("type") or "") not in TYPES:
            raise ApiError(
                422,
                f"pay.type: pay increase {increase['id']} names no pay type to switch to",
                [{"field": "body.pay.type", "message": "no pay type"}],
            )
        doc["pay"]["type"] = rate["type"]
        doc["pay"]["base"] = _rate(rate)["base"]
        doc["pay"]["additional"] = _rate(rate)["additional"]
    increase["status"] = wanted
    increase["actions"] = ["accept", "deny"] if wanted == "pending" else []


# -- handlers -------------------------------------------------------------------------------------
@operation("get_work_order_pay")
def get_work_order_pay(ctx: Context) -> Reply:
    return ok(_view(load_work_order(ctx)))


@operation("update_work_order_pay")
def update_work_order_pay(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    if status_name(doc) not in lifecycle.EDITABLE:
        raise ApiError(
            409,
            f"Work order {doc['id']} is {status_name(doc)}; pay can be changed only until the work is done",
        )
    doc["pay"] = build_pay(ctx, ctx.body, doc.get("pay"), doc["id"], field="body")
    add_modifiers(ctx, doc, ctx.body, "body")
    sync_pay(doc)
    save_work_order(ctx, doc)
    return ok(_view(doc))


@operation("list_work_order_discounts")
def list_work_order_discounts(ctx: Context) -> Reply:
    return ok(_list(ctx, pay_of(load_work_order(ctx))["discounts"]))


@operation("list_work_order_increases")
def list_work_order_increases(ctx: Context) -> Reply:
    return ok(_list(ctx, pay_of(load_work_order(ctx))["increases"]))


@operation("get_work_order_increase")
def get_work_order_increase(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    return ok(find_item(doc, INCREASES, ctx.path["increase_id"], "Pay increase"))


@operation("update_work_order_increase")
def update_work_order_increase(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    increase = find_item(doc, INCREASES, ctx.path["increase_id"], "Pay increase")
    if "id" in ctx.body and ctx.body["id"] != ctx.path["increase_id"]:
        raise ApiError(
            400,
            f"id: {ctx.body['id']} does not match the increase in the path ({ctx.path['increase_id']})",
            [{"field": "body.id", "message": "does not match path"}],
        )
    sync_pay(doc)
    increase = find_item(doc, INCREASES, ctx.path["increase_id"], "Pay increase")
    _decide(ctx, doc, increase, ctx.body)
    sync_pay(doc)
    return ok(save_work_order(ctx, doc))


# -- seed -----------------------------------------------------------------------------------------
@seeder(order=95)
def seed_pay(store: Store, company: dict[str, Any]) -> None:
    """Pay on two seeded work orders: a volume discount on the Published one, and two pending
    pay increases from the provider on the Assigned one."""
    ctx = Context(
        store=store,
        operation_id="seed",
        company_id=company["id"],
        user_id=company["staff"][0]["id"],
        path={},
        query={},
        body=None,
    )
    by_status = {status_name(d): d for d in reversed(store.list(WORK_ORDER, company["id"]))}
    published = by_status.get(lifecycle.PUBLISHED)
    if published is not None:
        published["pay"] = build_pay(
            ctx, {"type": "hourly", "base": {"amount": 65, "units": 4}}, None, published["id"]
        )
        add_item(
            published,
            ("pay", "discounts"),
            {
                "id": 4,
                "name": "Volume discount",
                "description": "Ten percent off labor for bulk rollouts.",
                "calculation": "percent",
                "modifier": 10,
                "amount": 0,
                "charged": True,
            },
        )
        recompute_totals(published["pay"])
        store.put(WORK_ORDER, published["id"], company["id"], published)
    assigned = by_status.get(lifecycle.ASSIGNED)
    if assigned is not None:
        provider_id = ((assigned.get("assignee") or {}).get("user") or {}).get("id", 9001)
        assigned["pay"] = build_pay(
            ctx, {"type": "fixed", "base": {"amount": 400}}, None, assigned["id"]
        )
        now = time.time()
        add_increase(
            ctx,
            assigned,
            {"type": "fixed", "base": {"amount": 450, "units": 1}},
            "Second display found on site; needs one more mount.",
            provider_id,
            now - 7200,
        )
        add_increase(
            ctx,
            assigned,
            {
                "type": "blended",
                "base": {"amount": 400, "units": 2},
                "additional": {"amount": 40, "units": 2},
            },
            "Wall is concrete; drilling may take up to two more hours.",
            provider_id,
            now - 3600,
        )
        store.put(WORK_ORDER, assigned["id"], company["id"], assigned)

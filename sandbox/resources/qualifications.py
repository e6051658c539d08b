"""Qualifications: the work order's selection rule (one per work order) and how the provider
pool measures up against it.

The qualifications themselves (certifications, screenings, insurance, tools) are Field
Nation's catalog (kind ``qualification``, shared by every company); what each marketplace
provider holds is kind ``provider_qualification``; companies keep saved rules (kind
``selection_rule``) that a work order can reuse by ID. The work order stores its rule under
``qualifications``. POST adds or updates requirements, PUT replaces them (and renames the
rule), DELETE clears the rule.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import WORK_ORDER, created, load_work_order, new_id, ok, save_work_order

QUALIFICATION = "qualification"
HELD = "provider_qualification"
SAVED_RULE = "selection_rule"

CATALOG = [
    (45, "CompTIA A+", "certification"),
    (46, "CompTIA Network+", "certification"),
    (52, "Cisco CCNA", "certification"),
    (58, "EPA Section 608 Universal", "certification"),
    (67, "Background Check", "screening"),
    (68, "Drug Screening", "screening"),
    (80, "General Liability Insurance", "insurance"),
    (81, "Workers' Compensation Insurance", "insurance"),
    (90, "Extension Ladder (12 ft)", "tool"),
    (91, "Cable Certifier", "tool"),
]
HOLDINGS = {
    9001: [45, 46, 67, 68, 80, 90, 91],
    9002: [45, 67, 80],
    9003: [46, 52, 67, 68, 81],
    9004: [67],
    9005: [45, 52, 58, 67, 68, 80, 81, 90],
}
SAVED_RULES = {
    501: [
        ("Cert Required", [(45, True), (67, False)]),
        ("Network Install", [(46, True), (90, True), (80, False)]),
    ],
    502: [
        ("Facilities Standard", [(67, True), (81, True), (90, False)]),
        ("Refrigeration", [(58, True), (68, False)]),
    ],
}


# -- the rule ---------------------------------------------------------------------------------
def _requirement(store: Store, item: dict[str, Any], field: str) -> dict[str, Any]:
    known = store.get(QUALIFICATION, item["id"])
    if known is None:
        raise ApiError(
            422,
            f"{field}: qualification {item['id']} does not exist",
            [{"field": f"body.{field}", "message": "unknown qualification"}],
        )
    out = {
        "id": known["id"],
        "name": known["name"],
        "type": known["type"],
        "required": bool(item.get("required", True)),
    }
    for key in ("operation", "value"):
        if key in item:
            out[key] = item[key]
    return out


def _sum(store: Store, results: list[dict[str, Any]]) -> dict[str, int]:
    """How the marketplace providers match the requirements."""
    counts = {"total": 0, "match": 0, "no_match_optional": 0, "no_match_required": 0}
    for user in store.list("user", 0):
        if user.get("role") != "provider":
            continue
        held = set((store.get(HELD, user["id"]) or {}).get("qualifications", []))
        missing = [r for r in results if r["id"] not in held]
        counts["total"] += 1
        if any(r["required"] for r in missing):
            counts["no_match_required"] += 1
        elif missing:
            counts["no_match_optional"] += 1
        else:
            counts["match"] += 1
    return counts


def _wrapper(store: Store, rule: dict[str, Any] | None, ignored: bool) -> dict[str, Any]:
    """The QualificationList answer (and the work order's ``qualifications``)."""
    results = list(rule["results"]) if rule else []
    total = len(results)
    metadata = {"total": total, "page": 1, "pages": 1 if total else 0, "per_page": 25}
    if rule is None:
        selection: dict[str, Any] = {"name": "", "metadata": metadata, "results": []}
    else:
        selection = {
            "id": rule["id"],
            "name": rule["name"],
            "status": "active",
            "weight": 0,
            "sum": _sum(store, results),
            "actions": ["edit", "delete"],
            "metadata": metadata,
            "results": results,
        }
    return {
        "ignored_missing_qualifications": ignored,
        "actions": ["edit", "delete"] if rule else ["add"],
        "selection_rule": selection,
        "metadata": dict(metadata),
        "results": [dict(r) for r in results],
    }


def _current(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    quals = doc.get("qualifications") or {}
    selection = quals.get("selection_rule") or {}
    rule = (
        {"id": selection["id"], "name": selection["name"], "results": selection.get("results", [])}
        if selection.get("id")
        else None
    )
    return rule, bool(quals.get("ignored_missing_qualifications", False))


def _from_body(
    ctx: Context, rule: dict[str, Any] | None, body: dict[str, Any], replace: bool
) -> dict[str, Any] | None:
    """The rule after a body: POST merges ``results`` into the rule, PUT replaces them."""
    store, wo_id = ctx.store, ctx.path["work_order_id"]
    wanted = body.get("selection_rule")
    if "required" in body and "qualification_id" not in body:
        raise ApiError(
            400,
            "required is only meaningful with qualification_id",
            [{"field": "body.qualification_id", "message": "required with required"}],
        )
    if wanted is None and "qualification_id" not in body:
        return rule
    if rule is None:
        rule = {"id": None, "name": f"Work order {wo_id} requirements", "results": []}
    if wanted is not None:
        if "id" in wanted:
            saved = store.get(SAVED_RULE, wanted["id"], ctx.company_id)
            if saved is None:
                raise ApiError(
                    422,
                    f"selection_rule.id: selection rule {wanted['id']} is not a saved rule of this company",
                    [{"field": "body.selection_rule.id", "message": "unknown selection rule"}],
                )
            rule = {
                "id": saved["id"],
                "name": saved["name"],
                "results": [dict(r) for r in saved["results"]],
            }
        if "name" in wanted:
            rule["name"] = wanted["name"]
        items = [
            _requirement(store, item, f"selection_rule.results.{i}.id")
            for i, item in enumerate(wanted.get("results") or [])
        ]
        if replace and "results" in wanted:
            rule["results"] = []
        _merge(rule, items)
    if "qualification_id" in body:
        _merge(
            rule,
            [
                _requirement(
                    store,
                    {"id": body["qualification_id"], "required": body.get("required", True)},
                    "qualification_id",
                )
            ],
        )
    if rule["id"] is None:
        rule["id"] = new_id(store, SAVED_RULE, 300)
    return rule


def _merge(rule: dict[str, Any], items: list[dict[str, Any]]) -> None:
    for item in items:
        rule["results"] = [r for r in rule["results"] if r["id"] != item["id"]]
        rule["results"].append(item)


def _write(ctx: Context, replace: bool) -> dict[str, Any]:
    doc = load_work_order(ctx)
    rule, ignored = _current(doc)
    rule = _from_body(ctx, rule, ctx.body, replace)
    if "ignored_missing_qualifications" in ctx.body:
        ignored = ctx.body["ignored_missing_qualifications"]
    doc["qualifications"] = _wrapper(ctx.store, rule, ignored)
    save_work_order(ctx, doc)
    return doc["qualifications"]


# -- operations -------------------------------------------------------------------------------
@operation("list_work_order_qualifications")
def list_work_order_qualifications(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    rule, ignored = _current(doc)
    return ok(_wrapper(ctx.store, rule, ignored))


@operation("create_work_order_qualification")
def create_work_order_qualification(ctx: Context) -> Reply:
    return created(_write(ctx, replace=False))


@operation("update_work_order_qualification")
def update_work_order_qualification(ctx: Context) -> Reply:
    return ok(_write(ctx, replace=True))


@operation("delete_work_order_qualification")
def delete_work_order_qualification(ctx: Context) -> Reply:
    """Drop one requirement (the guide's and the Android client's path); an emptied rule is
    cleared."""
    doc = load_work_order(ctx)
    rule, ignored = _current(doc)
    qualification_id = ctx.path["qualification_id"]
    if rule is None or all(r["id"] != qualification_id for r in rule["results"]):
        raise ApiError(
            404,
            f"Qualification {qualification_id} is not required by work order {doc['id']}",
        )
    rule["results"] = [r for r in rule["results"] if r["id"] != qualification_id]
    doc["qualifications"] = _wrapper(ctx.store, rule if rule["results"] else None, ignored)
    save_work_order(ctx, doc)
    return ok(doc["qualifications"])


# -- seed -------------------------------------------------------------------------------------
@seeder(order=20)
def seed_qualifications(store: Store, company: dict[str, Any]) -> None:
    """The global catalog and what providers hold (idempotent), and the company's saved rules."""
    for ident, name, kind in CATALOG:
        store.put(QUALIFICATION, ident, 0, {"id": ident, "name": name, "type": kind})
    for provider_id, held in HOLDINGS.items():
        store.put(HELD, provider_id, 0, {"id": provider_id, "qualifications": held})
    for name, items in SAVED_RULES.get(company["id"], []):
        rule_id = new_id(store, SAVED_RULE, 300)
        results = [_requirement(store, {"id": q, "required": req}, "seed") for q, req in items]
        store.put(
            SAVED_RULE, rule_id, company["id"], {"id": rule_id, "name": name, "results": results}
        )


@seeder(order=95)
def seed_work_order_rules(store: Store, company: dict[str, Any]) -> None:
    """Published and routed work orders require the company's first saved rule."""
    saved = store.list(SAVED_RULE, company["id"])
    if not saved:
        return
    rule = {"id": saved[0]["id"], "name": saved[0]["name"], "results": saved[0]["results"]}
    for doc in store.list(WORK_ORDER, company["id"]):
        if doc["status"]["name"] in ("Published", "Routed"):
            doc["qualifications"] = _wrapper(store, rule, False)
            store.put(WORK_ORDER, doc["id"], company["id"], doc)

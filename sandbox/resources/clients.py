"""Clients: the company's end clients (kind ``client``, integer ids).

A client document is the spec's ``Client`` plus an internal ``_deleted`` flag; its work-order
counts and projects are computed on read from the work orders and projects that name it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Doc, Store
from ._common import (
    WORK_ORDER,
    created,
    date_obj,
    envelope,
    new_id,
    ok,
    page_args,
    parse_time,
    user_ref,
)

CLIENT = "client"
ALWAYS = ("id", "client_id", "name")
STAGES = {
    "draft": (lifecycle.DRAFT,),
    "published_routed": lifecycle.OPEN,
    "assigned": (lifecycle.ASSIGNED,),
    "work_done": (lifecycle.WORK_DONE,),
    "approved_paid": (lifecycle.APPROVED, lifecycle.PAID),
}


def _actions(doc: Doc) -> list[str]:
    if doc.get("active", True):
        return ["edit", "delete", "create_work_order", "create_project", "deactivate"]
    return ["edit", "delete", "reactivate"]


def _refers(item: Doc, client_id: int) -> bool:
    ref = item.get("client") or {}
    return (isinstance(ref, dict) and ref.get("id") == client_id) or item.get(
        "client_id"
    ) == client_id


def _counts(store: Store, company_id: int, client_id: int, now: float) -> dict[str, int]:
    today = datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d")
    counts = {"all": 0, "today": 0, **dict.fromkeys(STAGES, 0)}
    for wo in store.list(WORK_ORDER, company_id):
        status = (wo.get("status") or {}).get("name")
        if not _refers(wo, client_id) or status == lifecycle.DELETED:
            continue
        counts["all"] += 1
        if str((wo.get("created") or {}).get("utc", "")).startswith(today):
            counts["today"] += 1
        for stage, statuses in STAGES.items():
            if status in statuses:
                counts[stage] += 1
    return counts


def _projects(store: Store, company_id: int, client_id: int) -> dict[str, Any]:
    found = [
        {"id": p["id"], "name": p.get("name", str(p["id"]))}
        for p in store.list("project", company_id)
        if _refers(p, client_id)
    ]
    return {**envelope(found, 1, max(25, len(found))), "actions": []}


def public(ctx: Context, doc: Doc) -> dict[str, Any]:
    out = {k: v for k, v in doc.items() if not k.startswith("_")}
    out["actions"] = _actions(doc)
    out["work_order_counts"] = _counts(ctx.store, ctx.company_id, doc["id"], ctx.now)
    out["projects"] = _projects(ctx.store, ctx.company_id, doc["id"])
    return out


def _columns(item: dict[str, Any], columns: str | None) -> dict[str, Any]:
    if not columns:
        return item
    wanted = {c.strip() for c in columns.split(",") if c.strip()} | set(ALWAYS)
    return {k: v for k, v in item.items() if k in wanted}


@operation("list_clients")
def list_clients(ctx: Context) -> Reply:
    q = ctx.query
    page, per_page = page_args(ctx)
    docs = ctx.store.list(CLIENT, ctx.company_id)
    if q.get("f_deleted") == 1:
        docs = [d for d in docs if d.get("_deleted")]
    else:
        docs = [d for d in docs if not d.get("_deleted")]
        wanted_active = q.get("f_deactivated") != 1
        docs = [d for d in docs if d.get("active", True) == wanted_active]
    smart = str(q.get("smart_list", "")).lower()
    if "recent" in smart or "created" in smart or "new" in smart:
        docs.sort(key=lambda d: ((d.get("created") or {}).get("utc", ""), d["id"]), reverse=True)
    else:
        docs.sort(key=lambda d: (d["name"].lower(), d["id"]))
    meta: dict[str, Any] = {}
    for key in ("columns", "list"):
        if q.get(key):
            meta[key] = q[key]
    body = envelope(docs, page, per_page, **meta)
    body["results"] = [_columns(public(ctx, d), q.get("columns")) for d in body["results"]]
    return ok(body)


def _manager(ctx: Context, body: dict[str, Any]) -> dict[str, Any]:
    manager_id = (body.get("manager") or {}).get("id", ctx.user_id)
    if ctx.store.get("user", manager_id, ctx.company_id) is None:
        raise ApiError(
            422,
            f"manager.id: user {manager_id} is not a user of this company",
            [{"field": "body.manager.id", "message": "unknown manager"}],
        )
    return user_ref(ctx.store, manager_id)


@operation("create_client")
def create_client(ctx: Context) -> Reply:
    body = ctx.body
    name = body["name"].strip()
    if not name:
        raise ApiError(400, "name: must not be blank", [{"field": "body.name", "message": "blank"}])
    if any(
        d["name"].lower() == name.lower() and not d.get("_deleted")
        for d in ctx.store.list(CLIENT, ctx.company_id)
    ):
        raise ApiError(
            422,
            f"name: a client named {name!r} already exists",
            [{"field": "body.name", "message": "already exists"}],
        )
    manager = _manager(ctx, body)
    client_id = new_id(ctx.store, CLIENT, 320)
    doc: Doc = {
        "id": client_id,
        "client_id": client_id,
        "name": name,
        "active": True,
        "print_logo": bool(body.get("print_logo", False)),
    }
    for key, alias in (("address_1", "address1"), ("address_2", "address2")):
        if key in body or alias in body:
            doc[key] = body.get(key, body.get(alias))
    for key in (
        "city",
        "state",
        "zip",
        "location_type",
        "website",
        "about",
        "standard_instruction",
        "policy_procedure",
        "notes",
    ):
        if key in body:
            doc[key] = body[key]
    if "country" in body:
        doc["country"] = body["country"].upper()
    doc["manager"] = manager
    doc["created"] = date_obj(ctx.now)
    ctx.store.put(CLIENT, client_id, ctx.company_id, doc)
    out = public(ctx, doc)
    out.pop("work_order_counts")
    out.pop("projects")
    return created(out)


@operation("get_client")
def get_client(ctx: Context) -> Reply:
    client_id = ctx.path["client_id"]
    doc = ctx.store.get(CLIENT, client_id, ctx.company_id)
    if doc is None or doc.get("_deleted"):
        raise ApiError(404, f"Client {client_id} not found")
    return ok({**public(ctx, doc), "correlation_id": str(uuid.uuid4())})


SEED: dict[int, list[dict[str, Any]]] = {
    501: [
        {
            "id": 301,
            "name": "Northstar Retail",
            "logo": "https://app.fieldnation.com/logos/clients/301.png",
            "print_logo": True,
            "address_1": "123 Tech Blvd",
            "address_2": "Suite 400",
            "city": "San Francisco",
            "state": "CA",
            "zip": "94105",
            "country": "US",
            "website": "https://northstar-retail.example.com",
            "about": "Regional retail chain with 140 stores across the West and Midwest.",
            "standard_instruction": "Check in with the store manager on arrival and wear the Northstar vendor badge.",
            "policy_procedure": "Report all incidents immediately; no work on the sales floor during opening hours.",
            "created": "2026-01-15 16:20:00",
        },
        {
            "id": 305,
            "name": "Harbor Foods",
            "print_logo": False,
            "address_1": "2200 Alaskan Way",
            "city": "Seattle",
            "state": "WA",
            "zip": "98121",
            "country": "US",
            "website": "https://harbor-foods.example.com",
            "about": "Grocery distributor with cold-chain warehouses.",
            "standard_instruction": "Cold storage areas require a freezer suit; ask the shift lead.",
            "created": "2026-02-03 18:05:00",
        },
        {
            "id": 306,
            "name": "Pinecrest Hotels",
            "active": False,
            "print_logo": False,
            "address_1": "45 Lakeshore Dr",
            "city": "Flagstaff",
            "state": "AZ",
            "zip": "86001",
            "country": "US",
            "about": "Boutique hotel group (contract ended).",
            "created": "2025-09-21 12:00:00",
        },
    ],
    502: [
        {
            "id": 311,
            "name": "Lakeside Medical Group",
            "print_logo": True,
            "logo": "https://app.fieldnation.com/logos/clients/311.png",
            "address_1": "600 N Lake Shore Dr",
            "city": "Chicago",
            "state": "IL",
            "zip": "60611",
            "country": "US",
            "website": "https://lakeside-medical.example.com",
            "about": "Clinics and outpatient centers around Lake Michigan.",
            "standard_instruction": "Patient areas: sign in at reception and follow infection-control signage.",
            "policy_procedure": "No photos in patient areas.",
            "created": "2026-01-05 15:30:00",
        },
        {
            "id": 312,
            "name": "Riverbend School District",
            "print_logo": False,
            "address_1": "1450 Energy Park Dr",
            "city": "St Paul",
            "state": "MN",
            "zip": "55108",
            "country": "US",
            "about": "K-12 district with 23 buildings.",
            "standard_instruction": "Work in classrooms only outside school hours.",
            "created": "2026-02-14 14:00:00",
        },
        {
            "id": 313,
            "name": "Summit Auto Dealers",
            "_deleted": True,
            "active": False,
            "print_logo": False,
            "city": "Milwaukee",
            "state": "WI",
            "country": "US",
            "created": "2025-06-01 10:00:00",
        },
    ],
}


@seeder(order=20)
def seed_clients(store: Store, company: dict[str, Any]) -> None:
    manager = company["staff"][0]["id"]
    for spec in SEED.get(company["id"], []):
        doc = {
            "id": spec["id"],
            "client_id": spec["id"],
            "active": True,
            "location_type": 1,
            **spec,
        }
        doc["created"] = date_obj(parse_time(spec["created"]))
        doc["manager"] = user_ref(store, manager)
        store.put(CLIENT, spec["id"], company["id"], doc)

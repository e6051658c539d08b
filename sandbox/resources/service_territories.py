"""Service territories (UUID ids, cursor pages): geographic areas of a project whose tiers of
providers cover them. They share the pool logic of talent pool groups (tiers, attributes,
members, removal); see ``talent_pool_groups``.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..registry import Context, Reply, operation, seeder
from ..store import Doc, Store
from ._common import created, cursor_envelope, date_obj, new_id, ok
from .talent_pool_groups import (
    TERRITORY,
    delete_pool,
    load_pool,
    project_ref,
    provider_items,
    remove_provider,
    save_pool,
    seed_project,
    seed_uuid,
    sort_items,
    text_key,
    upsert_attributes,
)


def public(doc: Doc) -> dict[str, Any]:
    out = {
        "id": doc["id"],
        "service_territory_id": doc["service_territory_id"],
        "name": doc["name"],
        "display_name": doc.get("display_name"),
        "description": doc.get("description"),
        "project_id": doc["project_id"],
        "tiers": [dict(t) for t in doc.get("tiers", [])],
        "attributes": [dict(a) for a in doc.get("attributes", [])],
        "provider_count": len({m["id"] for m in doc.get("members", [])}),
    }
    if doc.get("created"):
        out["created"] = doc["created"]
    return out


def load_territory(ctx: Context) -> Doc:
    return load_pool(ctx, TERRITORY, ctx.path["service_territory_uuid"], "Service territory")


@operation("list_service_territories")
def list_service_territories(ctx: Context) -> Reply:
    docs = ctx.store.list(TERRITORY, ctx.company_id)
    if "f_project_id" in ctx.query:
        docs = [d for d in docs if d["project_id"] == ctx.query["f_project_id"]]
    items = [public(d) for d in docs]
    keys = {
        "name": text_key("name"),
        "display_name": text_key("display_name"),
        "project_id": lambda i: (i["project_id"] or 0, i["name"]),
        "provider_count": lambda i: (i["provider_count"], i["name"]),
        "created": lambda i: (i.get("created") or {}).get("utc", ""),
    }
    return ok(cursor_envelope(sort_items(ctx, items, keys), ctx))


@operation("create_service_territory")
def create_service_territory(ctx: Context) -> Reply:
    body = ctx.body
    doc: Doc = {
        "id": str(uuid.uuid4()),
        "service_territory_id": str(new_id(ctx.store, TERRITORY, 100)),
        "name": body["name"],
        "display_name": body.get("display_name"),
        "description": body.get("description"),
        # the playground requires project_id, the guide's example sends none: both accepted
        "project_id": project_ref(ctx, body["project_id"]) if "project_id" in body else None,
        "tiers": [],
        "attributes": upsert_attributes([], body.get("attributes", [])),
        "members": [],
        "created": date_obj(ctx.now),
    }
    return created(public(save_pool(ctx.store, TERRITORY, ctx.company_id, doc)))


@operation("get_service_territory")
def get_service_territory(ctx: Context) -> Reply:
    return ok(public(load_territory(ctx)))


@operation("update_service_territory")
def update_service_territory(ctx: Context) -> Reply:
    doc, body = load_territory(ctx), ctx.body
    for key in ("name", "display_name", "description"):
        if key in body:
            doc[key] = body[key]
    if "project_id" in body:
        doc["project_id"] = project_ref(ctx, body["project_id"])
    if "attributes" in body:
        doc["attributes"] = upsert_attributes(doc.get("attributes", []), body["attributes"])
    return ok(public(save_pool(ctx.store, TERRITORY, ctx.company_id, doc)))


@operation("delete_service_territory")
def delete_service_territory(ctx: Context) -> Reply:
    delete_pool(ctx.store, ctx.company_id, TERRITORY, load_territory(ctx))
    return ok({"success": True, "message": "Service territory deleted successfully"})


@operation("list_service_territory_providers")
def list_service_territory_providers(ctx: Context) -> Reply:
    return ok(cursor_envelope(provider_items(ctx, TERRITORY, load_territory(ctx)), ctx))


@operation("remove_service_territory_provider")
def remove_service_territory_provider(ctx: Context) -> Reply:
    return remove_provider(ctx, TERRITORY, load_territory(ctx), "service territory")


SEED_TERRITORIES: dict[int, list[dict[str, Any]]] = {
    501: [
        {
            "id": "3f6c2a8e-5d41-4c7b-9e12-7a0b4d9c8e21",
            "service_territory_id": "14",
            "name": "Southwest Territory",
            "display_name": "SW Region",
            "description": "Phoenix metro and surrounding Arizona stores.",
            "tiers": [{"id": 3, "name": "Primary coverage"}, {"id": 4, "name": "Backup coverage"}],
            "attributes": [
                {"name": "coverage_radius", "value": "50"},
                {"name": "states", "value": "AZ"},
            ],
            "members": [{"id": 9003, "tier_id": 3}, {"id": 9004, "tier_id": 4}],
        },
        {
            "id": seed_uuid(501, "territory", "twin-cities"),
            "service_territory_id": "15",
            "name": "Twin Cities Territory",
            "display_name": "Twin Cities",
            "description": "Minneapolis - St Paul metro.",
            "tiers": [{"id": 6, "name": "Primary coverage"}],
            "attributes": [
                {"name": "coverage_radius", "value": "30"},
                {"name": "states", "value": "MN"},
            ],
            "members": [{"id": 9001, "tier_id": 6}, {"id": 9002, "tier_id": 6}],
        },
    ],
    502: [
        {
            "id": seed_uuid(502, "territory", "chicagoland"),
            "service_territory_id": "21",
            "name": "Chicagoland Territory",
            "display_name": "Chicagoland",
            "description": "Cook, DuPage and Lake counties.",
            "tiers": [{"id": 13, "name": "Primary coverage"}],
            "attributes": [
                {"name": "coverage_radius", "value": "40"},
                {"name": "states", "value": "IL"},
            ],
            "members": [{"id": 9005, "tier_id": 13}],
        },
    ],
}


@seeder(order=40)
def seed_service_territories(store: Store, company: dict[str, Any]) -> None:
    project_id = seed_project(store, company)
    stamp = {"utc": "2026-01-12 16:30:00", "local": {"date": "2026-01-12", "time": "16:30:00"}}
    for territory in SEED_TERRITORIES.get(company["id"], []):
        store.put(
            TERRITORY,
            territory["id"],
            company["id"],
            {**territory, "project_id": project_id, "created": stamp},
        )

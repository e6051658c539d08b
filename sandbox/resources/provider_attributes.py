"""Attributes of one provider in one talent pool (tier): pay rate, priority and the like.

Stored as kind ``provider_attribute`` (UUID ids) with parent ``"{talent_pool_id}:{provider_id}"``;
the tier may belong to a talent pool group or a service territory of the caller's company,
and the provider must hold that tier. Removing the provider from the tier drops them.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Doc, Store
from ._common import created, cursor_envelope, ok
from .talent_pool_groups import ATTRIBUTE, find_pool, pool_members, sort_items, text_key


def _parent(ctx: Context) -> str:
    """The ``tier:provider`` key of the path, after checking the provider holds the tier."""
    tier_id, provider_id = ctx.path["talent_pool_id"], ctx.path["provider_id"]
    found = find_pool(ctx.store, ctx.company_id, tier_id)
    if found is None:
        raise ApiError(404, f"Talent pool {tier_id} not found")
    kind, doc, _ = found
    if not any(
        m["id"] == provider_id and m["tier_id"] == tier_id
        for m in pool_members(ctx.store, ctx.company_id, kind, doc)
    ):
        raise ApiError(404, f"Provider {provider_id} is not in talent pool {tier_id}")
    return f"{tier_id}:{provider_id}"


def public(doc: Doc) -> dict[str, Any]:
    return {k: doc[k] for k in ("talent_pool_provider_attribute_id", "name", "value")}


def _load(ctx: Context, parent: str, ident: object) -> Doc:
    doc = ctx.store.get(ATTRIBUTE, str(ident).lower(), ctx.company_id)
    if doc is None or ctx.store.owner(ATTRIBUTE, str(ident).lower()) != (ctx.company_id, parent):
        raise ApiError(404, f"Provider attribute {ident} not found")
    return doc


def _save(ctx: Context, parent: str, doc: Doc) -> Doc:
    ctx.store.put(
        ATTRIBUTE, doc["talent_pool_provider_attribute_id"], ctx.company_id, doc, parent=parent
    )
    return doc


@operation("list_provider_attributes")
def list_provider_attributes(ctx: Context) -> Reply:
    parent = _parent(ctx)
    items = [public(d) for d in ctx.store.list(ATTRIBUTE, ctx.company_id, parent=parent)]
    keys = {"name": text_key("name"), "value": text_key("value")}
    return ok(cursor_envelope(sort_items(ctx, items, keys), ctx))


@operation("create_provider_attributes")
def create_provider_attributes(ctx: Context) -> Reply:
    parent = _parent(ctx)
    taken = {d["name"] for d in ctx.store.list(ATTRIBUTE, ctx.company_id, parent=parent)}
    out = []
    for i, item in enumerate(ctx.body["attributes"]):
        if item["name"] in taken:
            raise ApiError(
                422,
                f"attributes[{i}].name: the provider already has an attribute {item['name']!r}; update it by its UUID",
                [{"field": f"body.attributes.{i}.name", "message": "already exists"}],
            )
        taken.add(item["name"])
        doc = {
            "talent_pool_provider_attribute_id": str(uuid.uuid4()),
            "name": item["name"],
            "value": item["value"],
        }
        out.append(public(_save(ctx, parent, doc)))
    return created({"attributes": out})


@operation("update_provider_attributes")
def update_provider_attributes(ctx: Context) -> Reply:
    parent = _parent(ctx)
    out = []
    for i, item in enumerate(ctx.body["attributes"]):
        key = (
            "talent_pool_provider_attribute_id"
            if "talent_pool_provider_attribute_id" in item
            else "id"
        )
        ident = str(item[key]).lower()
        doc = ctx.store.get(ATTRIBUTE, ident, ctx.company_id)
        if doc is None or ctx.store.owner(ATTRIBUTE, ident) != (ctx.company_id, parent):
            raise ApiError(
                422,
                f"attributes[{i}].{key}: attribute {ident} is not an attribute of this provider in talent pool {ctx.path['talent_pool_id']}",
                [{"field": f"body.attributes.{i}.{key}", "message": "unknown attribute"}],
            )
        doc["value"] = item["value"]
        out.append(public(_save(ctx, parent, doc)))
    return ok({"attributes": out})


@operation("update_provider_attribute")
def update_provider_attribute(ctx: Context) -> Reply:
    parent = _parent(ctx)
    doc = _load(ctx, parent, ctx.path["attribute_uuid"])
    doc["value"] = ctx.body["value"]
    return ok(public(_save(ctx, parent, doc)))


@operation("delete_provider_attribute")
def delete_provider_attribute(ctx: Context) -> Reply:
    parent = _parent(ctx)
    doc = _load(ctx, parent, ctx.path["attribute_uuid"])
    ctx.store.delete(ATTRIBUTE, doc["talent_pool_provider_attribute_id"])
    return ok({"success": True, "message": "Provider attribute deleted successfully"})


SEED_ATTRIBUTES: dict[int, list[tuple[int, int, str, str, str]]] = {
    # company: (tier, provider, uuid, name, value)
    501: [
        (2, 9001, "9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b", "pay_rate", "65.00"),
        (2, 9001, "4b7d2e1f-8c3a-4f6e-9d05-2a1b3c4d5e6f", "priority", "high"),
        (1, 9002, "0d3b6a52-7e1c-4f09-8a2d-5c6b7e8f9a01", "pay_rate", "72.50"),
        (3, 9003, "6e2f9c14-3a5b-4d7e-9f80-1b2c3d4e5f60", "travel_radius_miles", "60"),
    ],
    502: [
        (11, 9005, "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f", "pay_rate", "70.00"),
        (
            11,
            9005,
            "7f1e3d5c-9b2a-4e8d-a6c4-3b5d7f9e1a2c",
            "epa_608_certificate",
            "EPA-608-UNIV-88213",
        ),
    ],
}


@seeder(order=40)
def seed_provider_attributes(store: Store, company: dict[str, Any]) -> None:
    for tier, provider_id, ident, name, value in SEED_ATTRIBUTES.get(company["id"], []):
        doc = {"talent_pool_provider_attribute_id": ident, "name": name, "value": value}
        store.put(ATTRIBUTE, ident, company["id"], doc, parent=f"{tier}:{provider_id}")

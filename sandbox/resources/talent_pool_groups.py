"""Talent pool groups (second generation, UUID ids, cursor pages) and the pool logic they share
with service territories: tiers (talent pools), attributes upserted by name, and provider
memberships.

A group's providers are the project placements kept by the projects module (see
:func:`pool_members`); a territory keeps ``members`` (``{"id": provider_id, "tier_id": tier}``)
in its own document. Tier ids are global (counter ``talent_pool``) so that
``/talent-pools/{talent_pool_id}/...`` can find the group or territory a tier belongs to.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Doc, Store
from ._common import created, cursor_envelope, new_id, ok, utc

GROUP = "talent_pool_group"
TERRITORY = "service_territory"
ATTRIBUTE = "provider_attribute"
PROJECT_MEMBER = "project_provider"
"""Project membership kept by the projects module, id ``"{project_id}:{provider_id}"``."""
POOL_KINDS = (GROUP, TERRITORY)
SEED_NS = uuid.UUID("6f0c1f4e-2b1d-4d59-9a53-3c1e8f2b7a10")


def seed_uuid(*parts: object) -> str:
    """A deterministic UUID for seed data."""
    return str(uuid.uuid5(SEED_NS, ":".join(str(p) for p in parts)))


# -- sorting ------------------------------------------------------------------------------
def sort_items(ctx: Context, items: list[Any], keys: dict[str, Callable[[Any], Any]]) -> list[Any]:
    """``items`` ordered by ``sort_by`` / ``sort_direction`` (400 for an unknown field)."""
    field = ctx.query.get("sort_by")
    descending = str(ctx.query.get("sort_direction", "asc")).lower() == "desc"
    if field is None:
        return list(reversed(items)) if descending else list(items)
    if field not in keys:
        allowed = ", ".join(sorted(keys))
        raise ApiError(
            400,
            f"sort_by: cannot sort by {field!r}; use one of {allowed}",
            [{"field": "query.sort_by", "message": f"one of {allowed}"}],
        )
    return sorted(items, key=keys[field], reverse=descending)


def text_key(name: str) -> Callable[[Any], Any]:
    return lambda item: (str(item.get(name) or "").lower(), str(item.get(name) or ""))


# -- pools (groups and territories) -----------------------------------------------------
def project_ref(ctx: Context, project_id: int, field: str = "body.project_id") -> int:
    """The id of one of the caller's projects, or a 422."""
    if ctx.store.get("project", project_id, ctx.company_id) is None:
        raise ApiError(
            422,
            f"project_id: project {project_id} does not exist",
            [{"field": field, "message": "unknown project"}],
        )
    return project_id


def upsert_attributes(
    current: list[dict[str, str]], incoming: list[dict[str, str]]
) -> list[dict[str, str]]:
    out = [dict(a) for a in current]
    for item in incoming:
        found = next((a for a in out if a["name"] == item["name"]), None)
        if found is None:
            out.append({"name": item["name"], "value": item["value"]})
        else:
            found["value"] = item["value"]
    return out


def apply_tiers(
    store: Store, doc: Doc, incoming: list[dict[str, Any]], field: str = "body.talent_pools"
) -> None:
    """Rename tiers given with an ``id`` (422 if not a tier of ``doc``), add the others."""
    tiers = doc.setdefault("tiers", [])
    for i, item in enumerate(incoming):
        if "id" in item:
            tier = next((t for t in tiers if t["id"] == item["id"]), None)
            if tier is None:
                raise ApiError(
                    422,
                    f"talent_pools[{i}].id: tier {item['id']} is not a tier of this group",
                    [{"field": f"{field}.{i}.id", "message": "unknown tier"}],
                )
            tier["name"] = item["name"]
        else:
            tiers.append({"id": new_id(store, "talent_pool", 100), "name": item["name"]})


def load_pool(ctx: Context, kind: str, ident: object, what: str) -> Doc:
    doc = ctx.store.get(kind, str(ident).lower(), ctx.company_id)
    if doc is None:
        raise ApiError(404, f"{what} {ident} not found")
    return doc


def pool_id(kind: str, doc: Doc) -> str:
    return str(doc["talent_pool_group_id"] if kind == GROUP else doc["id"])


def save_pool(store: Store, kind: str, company_id: int, doc: Doc) -> Doc:
    store.put(kind, pool_id(kind, doc), company_id, doc)
    return doc


def find_pool(
    store: Store, company_id: int, tier_id: int
) -> tuple[str, Doc, dict[str, Any]] | None:
    """``(kind, pool document, tier)`` of the company's tier ``tier_id``, or None."""
    for kind in POOL_KINDS:
        for doc in store.list(kind, company_id):
            for tier in doc.get("tiers", []):
                if tier["id"] == tier_id:
                    return kind, doc, tier
    return None


# Memberships. A group's providers are the placements kept by the projects module (kind
# ``project_provider``: one document per project and provider, id ``"{project}:{provider}"``,
# parent = project, holding ``talent_pool_groups: [{talent_pool_group_id, tier_id}]``), so that
# adding providers to a project and listing a group's providers agree. A territory keeps its
# own ``members`` list.
def _member_key(project_id: int, provider_id: int) -> str:
    return f"{project_id}:{provider_id}"


def pool_members(store: Store, company_id: int, kind: str, doc: Doc) -> list[dict[str, int]]:
    """``[{"id": provider_id, "tier_id": tier}]``, one per placement in the pool."""
    if kind != GROUP:
        return [dict(m) for m in doc.get("members", [])]
    gid = doc["talent_pool_group_id"]
    out = []
    for placed in store.list(PROJECT_MEMBER, company_id, parent=doc["project_id"]):
        for item in placed.get("talent_pool_groups", []):
            if str(item.get("talent_pool_group_id", "")).lower() == gid:
                out.append({"id": placed["provider_id"], "tier_id": item["tier_id"]})
    return out


def add_member(
    store: Store, company_id: int, kind: str, doc: Doc, provider_id: int, tier_id: int
) -> bool:
    """Place a provider in a tier of the pool (saved); False when already there."""
    if kind != GROUP:
        members = doc.setdefault("members", [])
        if any(m["id"] == provider_id and m["tier_id"] == tier_id for m in members):
            return False
        members.append({"id": provider_id, "tier_id": tier_id})
        save_pool(store, kind, company_id, doc)
        return True
    key = _member_key(doc["project_id"], provider_id)
    placed = store.get(PROJECT_MEMBER, key, company_id) or {
        "project_id": doc["project_id"],
        "provider_id": provider_id,
        "talent_pool_groups": [],
    }
    item = {"talent_pool_group_id": doc["talent_pool_group_id"], "tier_id": tier_id}
    if item in placed["talent_pool_groups"]:
        return False
    placed["talent_pool_groups"].append(item)
    store.put(PROJECT_MEMBER, key, company_id, placed, parent=doc["project_id"])
    return True


def drop_attributes(store: Store, company_id: int, tier_id: int, provider_id: int) -> None:
    """Delete the provider's attributes in a tier (when the provider leaves it)."""
    for attr in store.list(ATTRIBUTE, company_id, parent=f"{tier_id}:{provider_id}"):
        store.delete(ATTRIBUTE, attr["talent_pool_provider_attribute_id"])


def remove_members(
    store: Store, company_id: int, kind: str, doc: Doc, provider_id: int, tier_id: int | None = None
) -> int:
    """Take a provider out of one tier (or every tier) of the pool; saves; returns how many."""
    removed: list[int] = []
    if kind != GROUP:
        kept = []
        for m in doc.get("members", []):
            if m["id"] == provider_id and tier_id in (None, m["tier_id"]):
                removed.append(m["tier_id"])
            else:
                kept.append(m)
        if removed:
            doc["members"] = kept
            save_pool(store, kind, company_id, doc)
    else:
        key = _member_key(doc["project_id"], provider_id)
        placed = store.get(PROJECT_MEMBER, key, company_id)
        if placed is not None:
            kept = []
            for item in placed.get("talent_pool_groups", []):
                mine = (
                    str(item.get("talent_pool_group_id", "")).lower() == doc["talent_pool_group_id"]
                )
                if mine and tier_id in (None, item["tier_id"]):
                    removed.append(item["tier_id"])
                else:
                    kept.append(item)
            if removed:
                placed["talent_pool_groups"] = kept
                store.put(PROJECT_MEMBER, key, company_id, placed, parent=doc["project_id"])
    for tier in removed:
        drop_attributes(store, company_id, tier, provider_id)
    return len(removed)


def delete_pool(store: Store, company_id: int, kind: str, doc: Doc) -> None:
    for provider_id in {m["id"] for m in pool_members(store, company_id, kind, doc)}:
        remove_members(store, company_id, kind, doc, provider_id)
    store.delete(kind, pool_id(kind, doc))


def project_pools(
    store: Store, company_id: int, project_id: int, kinds: tuple[str, ...] = POOL_KINDS
) -> list[tuple[str, Doc]]:
    return [
        (k, d)
        for k in kinds
        for d in store.list(k, company_id)
        if d.get("project_id") == project_id
    ]


def provider_items(ctx: Context, kind: str, doc: Doc) -> list[dict[str, Any]]:
    """One item per placement of the pool, as the provider lists answer them."""
    tiers = {t["id"]: t for t in doc.get("tiers", [])}
    pools_of: dict[int, set[str]] = {}
    for other_kind, other in project_pools(ctx.store, ctx.company_id, doc.get("project_id", 0)):
        for m in pool_members(ctx.store, ctx.company_id, other_kind, other):
            pools_of.setdefault(m["id"], set()).add(pool_id(other_kind, other))
    items = []
    for m in pool_members(ctx.store, ctx.company_id, kind, doc):
        user = ctx.store.get("user", m["id"]) or {}
        name = " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p)
        tier = tiers.get(m["tier_id"], {"id": m["tier_id"]})
        multiple = len(pools_of.get(m["id"], set()) - {pool_id(kind, doc)}) > 0
        items.append(
            {
                "provider_id": m["id"],
                "name": name or f"Provider {m['id']}",
                "tier": dict(tier),
                "exists_in_multiple_talent_pool_groups": multiple,
            }
        )
    keys = {
        "name": text_key("name"),
        "provider_id": lambda i: i["provider_id"],
        "tier": lambda i: (i["tier"]["id"], i["provider_id"]),
        "tier_id": lambda i: (i["tier"]["id"], i["provider_id"]),
    }
    return sort_items(ctx, items, keys)


def remove_provider(ctx: Context, kind: str, doc: Doc, what: str) -> Reply:
    """The shared remove-provider operation of groups and territories."""
    provider_id = ctx.path["provider_id"]
    tier_id = ctx.query.get("tierId")
    whole_project = bool(ctx.query.get("removeFromProject"))
    if tier_id is None and not whole_project:
        raise ApiError(
            400,
            "Either tierId or removeFromProject=true is required",
            [{"field": "query.tierId", "message": "tierId or removeFromProject required"}],
        )
    if ctx.store.get("user", provider_id) is None:
        raise ApiError(404, f"Provider {provider_id} not found")
    if whole_project:
        count = sum(
            remove_members(ctx.store, ctx.company_id, k, d, provider_id)
            for k, d in project_pools(ctx.store, ctx.company_id, doc["project_id"], (kind,))
        )
        key = f"{doc['project_id']}:{provider_id}"
        left_project = (
            kind == GROUP and ctx.store.get(PROJECT_MEMBER, key, ctx.company_id) is not None
        )
        if left_project:  # removed from the project itself, as the projects module sees it
            ctx.store.delete(PROJECT_MEMBER, key)
        if count == 0 and not left_project:
            raise ApiError(
                404, f"Provider {provider_id} is not in any {what} of project {doc['project_id']}"
            )
    else:
        if not any(t["id"] == tier_id for t in doc.get("tiers", [])):
            raise ApiError(404, f"Tier {tier_id} not found in {what} {pool_id(kind, doc)}")
        count = remove_members(ctx.store, ctx.company_id, kind, doc, provider_id, tier_id)
        if count == 0:
            raise ApiError(
                404,
                f"Provider {provider_id} is not in tier {tier_id} of {what} {pool_id(kind, doc)}",
            )
    return ok(
        {
            "success": True,
            "message": f"Provider {provider_id} removed from {count} talent pool(s)",
            "removed_count": count,
        }
    )


# -- talent pool groups ---------------------------------------------------------------------
def public(doc: Doc) -> dict[str, Any]:
    return {
        "talent_pool_group_id": doc["talent_pool_group_id"],
        "name": doc["name"],
        "project_id": doc["project_id"],
        "display_name": doc.get("display_name"),
        "tiers": [dict(t) for t in doc.get("tiers", [])],
        "attributes": [dict(a) for a in doc.get("attributes", [])],
    }


def load_group(ctx: Context) -> Doc:
    return load_pool(ctx, GROUP, ctx.path["group_uuid"], "Talent pool group")


@operation("list_talent_pool_groups")
def list_talent_pool_groups(ctx: Context) -> Reply:
    q = ctx.query
    docs = ctx.store.list(GROUP, ctx.company_id)
    if "f_ids" in q:
        wanted = {s.strip().lower() for s in q["f_ids"].split(",") if s.strip()}
        docs = [d for d in docs if d["talent_pool_group_id"] in wanted]
    if "f_name" in q:
        docs = [d for d in docs if q["f_name"].lower() in d["name"].lower()]
    if "f_project_id" in q:
        docs = [d for d in docs if d["project_id"] == q["f_project_id"]]
    items = [public(d) for d in docs]
    keys = {
        "name": text_key("name"),
        "display_name": text_key("display_name"),
        "project_id": lambda i: (i["project_id"], i["name"]),
    }
    return ok(cursor_envelope(sort_items(ctx, items, keys), ctx))


@operation("create_talent_pool_group")
def create_talent_pool_group(ctx: Context) -> Reply:
    body = ctx.body
    doc: Doc = {
        "talent_pool_group_id": str(uuid.uuid4()),
        "name": body["name"],
        "project_id": project_ref(ctx, body["project_id"]),
        "display_name": body.get("display_name"),
        "tiers": [],
        "attributes": upsert_attributes([], body.get("attributes", [])),
        "created": utc(ctx.now),
    }
    # a tier `id` (nothing to rename yet) is refused by the schema (TalentPoolNewTierInput)
    apply_tiers(ctx.store, doc, body.get("talent_pools", []))
    save_pool(ctx.store, GROUP, ctx.company_id, doc)
    return created(public(doc))


@operation("get_talent_pool_group")
def get_talent_pool_group(ctx: Context) -> Reply:
    return ok(public(load_group(ctx)))


@operation("update_talent_pool_group")
def update_talent_pool_group(ctx: Context) -> Reply:
    doc, body = load_group(ctx), ctx.body
    for key in ("name", "display_name"):
        if key in body:
            doc[key] = body[key]
    if "project_id" in body and body["project_id"] != doc["project_id"]:
        project_ref(ctx, body["project_id"])
        if pool_members(ctx.store, ctx.company_id, GROUP, doc):
            raise ApiError(
                422,
                f"project_id: talent pool group {doc['talent_pool_group_id']} has providers in project {doc['project_id']}; remove them before moving the group",
                [{"field": "body.project_id", "message": "group has providers"}],
            )
        doc["project_id"] = body["project_id"]
    if "attributes" in body:
        doc["attributes"] = upsert_attributes(doc.get("attributes", []), body["attributes"])
    apply_tiers(ctx.store, doc, body.get("talent_pools", []))
    return ok(public(save_pool(ctx.store, GROUP, ctx.company_id, doc)))


@operation("delete_talent_pool_group")
def delete_talent_pool_group(ctx: Context) -> Reply:
    delete_pool(ctx.store, ctx.company_id, GROUP, load_group(ctx))
    return ok({"success": True, "message": "Talent pool group deleted successfully"})


@operation("list_talent_pool_group_providers")
def list_talent_pool_group_providers(ctx: Context) -> Reply:
    kind, doc = GROUP, load_group(ctx)
    return ok(cursor_envelope(provider_items(ctx, kind, doc), ctx))


@operation("remove_talent_pool_group_provider")
def remove_talent_pool_group_provider(ctx: Context) -> Reply:
    return remove_provider(ctx, GROUP, load_group(ctx), "talent pool group")


# -- seed ---------------------------------------------------------------------------------
FALLBACK_PROJECTS = {501: 2201, 502: 2301}


def seed_project(store: Store, company: dict[str, Any]) -> int:
    """The company's first seeded project (2201 for Acme), for reference data tied to one."""
    projects = sorted(store.list("project", company["id"]), key=lambda p: p["id"])
    if company["id"] == 501 and any(p["id"] == 2201 for p in projects):
        return 2201
    return int(projects[0]["id"]) if projects else FALLBACK_PROJECTS.get(company["id"], 2201)


SEED_GROUPS: dict[int, list[dict[str, Any]]] = {
    501: [
        {
            "talent_pool_group_id": "c9024ae8-781c-4aa9-b86f-543671db9208",
            "name": "Spring POS Refresh - Midwest",
            "display_name": "Midwest POS Techs",
            "tiers": [
                {"id": 1, "name": "Tier 1 - Premium"},
                {"id": 2, "name": "Tier 2 - Standard"},
            ],
            "attributes": [{"name": "certification_level", "value": "expert"}],
            "members": [
                {"id": 9002, "tier_id": 1},
                {"id": 9001, "tier_id": 2},
                {"id": 9005, "tier_id": 2},
            ],
        },
        {
            "talent_pool_group_id": "5b7d0e61-3f2a-4c8e-9a41-0d2f6c7e8b13",
            "name": "Spring POS Refresh - Backup",
            "display_name": "POS Backup Techs",
            "tiers": [{"id": 5, "name": "Tier 1 - Premium"}],
            "attributes": [{"name": "certification_level", "value": "intermediate"}],
            "members": [{"id": 9001, "tier_id": 5}, {"id": 9004, "tier_id": 5}],
        },
    ],
    502: [
        {
            "talent_pool_group_id": seed_uuid(502, "group", "hvac"),
            "name": "HVAC Maintenance - Great Lakes",
            "display_name": "Great Lakes HVAC Techs",
            "tiers": [
                {"id": 11, "name": "Tier 1 - Certified"},
                {"id": 12, "name": "Tier 2 - General"},
            ],
            "attributes": [{"name": "epa_608", "value": "required"}],
            "members": [{"id": 9005, "tier_id": 11}, {"id": 9001, "tier_id": 12}],
        },
    ],
}


@seeder(order=40)
def seed_talent_pool_groups(store: Store, company: dict[str, Any]) -> None:
    project_id = seed_project(store, company)
    for seed in SEED_GROUPS.get(company["id"], []):
        group = {k: v for k, v in seed.items() if k != "members"}
        group.update(project_id=project_id, created="2026-01-10 15:00:00")
        save_pool(store, GROUP, company["id"], group)
        for member in seed["members"]:
            add_member(store, company["id"], GROUP, group, member["id"], member["tier_id"])

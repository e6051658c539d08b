"""Preferred provider groups (talent pool groups of the first generation, integer ids).

Kind ``preferred_provider_group``: ``{id, name, notes, created, members: [{id}], builtin}``,
owned by the company. Every company has the built-in group 99999999 "Uncategorized", which
holds its preferred providers not placed in any other group: adding a provider to a named
group takes it out of Uncategorized, removing it from its last named group puts it back there,
and removing it from Uncategorized drops it from the preferred providers.

Because the built-in id is the same for every company while store keys are global, that group
is stored under the key ``uncategorized-<company_id>``; use :func:`load_group` to look a group
up by the id the API uses.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import created, date_obj, envelope, ok, page_args, parse_time, provider
from .users import user_details

GROUP = "preferred_provider_group"
UNCATEGORIZED = 99999999

SEED = {
    501: [
        (
            13,
            "ATM Repair",
            "Bank branch ATM and cash recycler work.",
            [9001, 9002],
            "2025-10-14 15:00:00",
        ),
        (
            9921,
            "POS Specialists",
            "Providers certified on Northstar POS hardware.",
            [9001, 9003, 9005],
            "2026-01-20 17:30:00",
        ),
        (UNCATEGORIZED, "Uncategorized", "", [9004], "2025-06-01 12:00:00"),
    ],
    502: [
        (
            9931,
            "HVAC Technicians",
            "EPA 608 certified HVAC technicians.",
            [9003, 9004],
            "2025-11-03 14:00:00",
        ),
        (
            9932,
            "Overnight Resets",
            "Available for overnight retail resets.",
            [9002, 9005],
            "2026-02-09 16:15:00",
        ),
        (UNCATEGORIZED, "Uncategorized", "", [9001], "2025-06-01 12:00:00"),
    ],
}


def _key(company_id: int, group_id: int) -> str | int:
    return f"uncategorized-{company_id}" if group_id == UNCATEGORIZED else group_id


def load_group(store: Store, company_id: int, group_id: int) -> dict[str, Any] | None:
    """The company's group with API id ``group_id`` (the built-in one included), or None."""
    return store.get(GROUP, _key(company_id, group_id), company_id)


def _save(store: Store, company_id: int, doc: dict[str, Any]) -> None:
    store.put(GROUP, _key(company_id, doc["id"]), company_id, doc)


@seeder(order=25)
def seed_groups(store: Store, company: dict[str, Any]) -> None:
    for ident, name, notes, members, since in SEED.get(company["id"], []):
        doc = {
            "id": ident,
            "name": name,
            "notes": notes,
            "created": date_obj(parse_time(since)),
            "members": [{"id": m} for m in members],
            "builtin": ident == UNCATEGORIZED,
        }
        _save(store, company["id"], doc)


def _load(ctx: Context) -> dict[str, Any]:
    gid = ctx.path["group_id"]
    doc = load_group(ctx.store, ctx.company_id, gid)
    if doc is None:
        if gid == UNCATEGORIZED:  # every company has it, even one seeded without it
            doc = {
                "id": UNCATEGORIZED,
                "name": "Uncategorized",
                "notes": "",
                "created": date_obj(ctx.now),
                "members": [],
                "builtin": True,
            }
            _save(ctx.store, ctx.company_id, doc)
            return doc
        raise ApiError(404, f"Talent pool group {gid} not found")
    return doc


def _answer(doc: dict[str, Any]) -> dict[str, Any]:
    out = {
        "id": doc["id"],
        "name": doc["name"],
        "providers": len(doc.get("members", [])),
        "actions": [] if doc.get("builtin") else ["edit", "delete"],
    }
    if doc.get("notes"):
        out["notes"] = doc["notes"]
    if doc.get("created"):
        out["created"] = doc["created"]
    return out


def _member_ids(doc: dict[str, Any]) -> list[int]:
    return [m["id"] for m in doc.get("members", [])]


def _requested(ctx: Context) -> list[tuple[int, str]]:
    """Provider ids of the body (``users`` and/or ``user``), each with its field, deduplicated."""
    body = ctx.body
    found: list[tuple[int, str]] = [
        (u["id"], f"body.users.{i}.id") for i, u in enumerate(body.get("users") or [])
    ]
    if body.get("user"):
        found.append((body["user"]["id"], "body.user.id"))
    seen: set[int] = set()
    out = []
    for pid, field in found:
        if pid not in seen:
            seen.add(pid)
            out.append((pid, field))
    return out


@operation("list_preferred_provider_groups")
def list_preferred_provider_groups(ctx: Context) -> Reply:
    docs = ctx.store.list(GROUP, ctx.company_id)
    docs.sort(key=lambda d: (not d.get("builtin"), d["name"].lower()))
    page, per_page = page_args(ctx)
    body = envelope([_answer(d) for d in docs], page, per_page, view="list", order="asc")
    return ok({**body, "actions": [], "params": []})


@operation("get_preferred_provider_group")
def get_preferred_provider_group(ctx: Context) -> Reply:
    return ok(_answer(_load(ctx)))


@operation("list_preferred_provider_group_users")
def list_preferred_provider_group_users(ctx: Context) -> Reply:
    doc = _load(ctx)
    users = [user_details(ctx.store, ctx.company_id, pid) for pid in _member_ids(doc)]
    page, per_page = page_args(ctx)
    body = envelope([u for u in users if u is not None], page, per_page)
    return ok({**body, "actions": ["add_to_preferred_group", "remove_from_preferred_group"]})


@operation("list_preferred_provider_group_provider_ids")
def list_preferred_provider_group_provider_ids(ctx: Context) -> Reply:
    doc = _load(ctx)
    return ok({"group_id": doc["id"], "results": _member_ids(doc)})


@operation("add_preferred_provider_group_user")
def add_preferred_provider_group_user(ctx: Context) -> Reply:
    doc = _load(ctx)
    wanted = _requested(ctx)
    for pid, field in wanted:
        provider(ctx.store, pid, field)
    groups = ctx.store.list(GROUP, ctx.company_id)
    for pid, _ in wanted:
        if pid in _member_ids(doc):
            raise ApiError(409, f"Provider {pid} is already in talent pool group {doc['id']}")
        if doc.get("builtin"):
            other = next(
                (g for g in groups if not g.get("builtin") and pid in _member_ids(g)), None
            )
            if other is not None:
                raise ApiError(
                    409,
                    f"Provider {pid} is already a preferred provider in talent pool group {other['id']}",
                )
    doc["members"] = doc.get("members", []) + [{"id": pid} for pid, _ in wanted]
    _save(ctx.store, ctx.company_id, doc)
    if not doc.get("builtin"):
        builtin = load_group(ctx.store, ctx.company_id, UNCATEGORIZED)
        if builtin is not None:
            added = {pid for pid, _ in wanted}
            builtin["members"] = [m for m in builtin.get("members", []) if m["id"] not in added]
            _save(ctx.store, ctx.company_id, builtin)
    return created(_answer(doc))


@operation("remove_preferred_provider_group_users")
def remove_preferred_provider_group_users(ctx: Context) -> Reply:
    doc = _load(ctx)
    wanted = _requested(ctx)
    for pid, field in wanted:
        if pid not in _member_ids(doc):
            raise ApiError(
                422,
                f"{field}: provider {pid} is not in talent pool group {doc['id']}",
                [{"field": field, "message": "not in the group"}],
            )
    removed = {pid for pid, _ in wanted}
    doc["members"] = [m for m in doc.get("members", []) if m["id"] not in removed]
    _save(ctx.store, ctx.company_id, doc)
    if not doc.get("builtin"):
        named = [g for g in ctx.store.list(GROUP, ctx.company_id) if not g.get("builtin")]
        homeless = [pid for pid, _ in wanted if not any(pid in _member_ids(g) for g in named)]
        if homeless:
            builtin = load_group(ctx.store, ctx.company_id, UNCATEGORIZED)
            if builtin is not None:
                builtin["members"] = builtin.get("members", []) + [
                    {"id": pid} for pid in homeless if pid not in _member_ids(builtin)
                ]
                _save(ctx.store, ctx.company_id, builtin)
    return ok(_answer(doc))

"""Tokens and valid references for generated requests, shared by the hooks and the walk.

A generated work order that names project 4711 is refused with 422, correctly: that project
does not exist. To exercise what follows a create, positive cases of the work-order writes
carry references that exist in the target's own data (a project, client, template, manager,
types of work), read once from its list operations; route and assign name a real provider.
"""

from __future__ import annotations

import functools
import os
import zlib
from typing import Any

import httpx

REFERENCE_LISTS = {
    # body field holding an {"id": ...} reference -> the list operation that names valid ones
    "project": "/projects",
    "client": "/clients",
    "template": "/templates",
    "manager": "/company/managers",
    "type_of_work": "/types-of-work",
}
ID_FIELDS = {
    # top-level body field holding a plain id -> the list operation that names valid ones
    "project_id": "/projects",
    "client_id": "/clients",
    "template_id": "/templates",
}
WORK_ORDER_WRITES = ("create_work_order", "update_work_order")
PROVIDER_WRITES = {
    # operation -> body fields naming providers ({"id": ...} or a list of ids)
    "route_work_order": ("user", "technician"),
    "assign_work_order": ("user",),
    "mass_route_work_order": ("ids",),
    "add_project_providers": ("provider_ids",),
    "add_preferred_provider_group_user": ("user",),
}


def fetch_token() -> str:
    """A token from the token operation's password grant (``FN_*`` environment variables)."""
    body = {
        "grant_type": "password",
        "client_id": os.environ["FN_CLIENT_ID"],
        "client_secret": os.environ["FN_CLIENT_SECRET"],
        "username": os.environ["FN_USERNAME"],
        "password": os.environ["FN_PASSWORD"],
    }
    response = httpx.post(os.environ["FN_TOKEN_URL"], json=body, timeout=30)
    response.raise_for_status()
    return str(response.json()["access_token"])


@functools.cache
def valid_ids(path: str) -> tuple[int, ...]:
    """Ids listed by one of the target's list operations (``CONTRACT_BASE_URL``); empty when
    it cannot say."""
    base = os.environ.get("CONTRACT_BASE_URL")
    if not base:
        return ()
    try:
        response = httpx.get(
            base + path, params={"access_token": fetch_token(), "per_page": 25}, timeout=30
        )
        response.raise_for_status()
        payload = response.json()
    except (httpx.HTTPError, ValueError, KeyError):
        return ()
    items = (
        payload.get("results", payload.get("data", [])) if isinstance(payload, dict) else payload
    )
    return tuple(i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), int))


def provider_ids() -> tuple[int, ...]:
    """Marketplace providers: the Client API cannot list them, so ``CONTRACT_PROVIDER_IDS``
    (comma-separated; the embedded sandbox's seeded providers) names them."""
    raw = os.environ.get("CONTRACT_PROVIDER_IDS", "")
    return tuple(int(x) for x in raw.split(",") if x.strip().isdigit())


def _pick(ids: tuple[int, ...], seed: Any) -> int | None:
    """One of ``ids``, the same one for the same generated value (reproducible runs)."""
    return ids[zlib.crc32(repr(seed).encode()) % len(ids)] if ids else None


QUERY_REFERENCES = {
    # query parameter naming a user -> the list operation that names valid ones
    "acting_user_id": "/company/managers",
}


def with_valid_query(query: dict[str, Any]) -> dict[str, Any]:
    """The query with each user reference replaced by a user that exists (when one does)."""
    out = dict(query)
    for name, path in QUERY_REFERENCES.items():
        if isinstance(out.get(name), int) and not isinstance(out[name], bool):
            chosen = _pick(valid_ids(path), out[name])
            if chosen is not None:
                out[name] = chosen
    return out


def with_valid_references(operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """The body with each reference replaced by an id that exists (or dropped when none)."""
    out = dict(body)
    for field in PROVIDER_WRITES.get(operation_id, ()):
        ref = out.get(field)
        providers = provider_ids()
        if isinstance(ref, dict) and "id" in ref and providers:
            out[field] = {**ref, "id": _pick(providers, ref)}
        elif isinstance(ref, list) and ref and providers:
            out[field] = sorted({providers[i % len(providers)] for i in range(len(ref))})
    for field, path in ID_FIELDS.items():
        if isinstance(out.get(field), int) and not isinstance(out[field], bool):
            chosen = _pick(valid_ids(path), out[field])
            if chosen is not None:
                out[field] = chosen
    if operation_id not in WORK_ORDER_WRITES:
        return out
    for field, path in REFERENCE_LISTS.items():
        ref = out.get(field)
        if isinstance(ref, dict) and "id" in ref:
            chosen = _pick(valid_ids(path), ref["id"])
            if chosen is None:
                out.pop(field)
            else:
                out[field] = {**ref, "id": chosen}
    types = out.get("types_of_work")
    if isinstance(types, list):
        fixed = []
        for item in types:
            chosen = _pick(valid_ids(REFERENCE_LISTS["type_of_work"]), item)
            if isinstance(item, dict) and chosen is not None:
                fixed.append({**item, "id": chosen})
        if fixed:
            out["types_of_work"] = fixed
        else:
            out.pop("types_of_work")
    return out

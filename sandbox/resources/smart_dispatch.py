"""Smart Dispatch: evaluate work orders against their project's dispatch settings and route or
assign them to matching marketplace providers.

Candidates are the providers in the work order's state (all providers for a work order
without an address), members of the project's talent pool groups and service territories
first, then those in the same city. With ``dispatch_to_first_available`` the best candidate
is assigned; otherwise the work order is routed to up to ``ROUTE_LIMIT`` candidates. When no
provider matches, an open work order goes back to Draft if the settings say so.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation
from ..store import Doc
from ._common import load_work_order, ok, save_work_order, status_name, user_ref
from .dispatch_settings import DEFAULTS, current_settings
from .talent_pool_groups import pool_members, project_pools
from .workflow import move, routed, set_routed

ROUTE_LIMIT = 5
DISPATCHABLE = (lifecycle.DRAFT, *lifecycle.OPEN)


def _norm(text: Any) -> str:
    return str(text or "").strip().lower()


def candidates(ctx: Context, doc: Doc) -> list[int]:
    """Provider ids able to take ``doc``, best first."""
    location = doc.get("location") or {}
    state = _norm(location.get("state")) if location.get("mode") != "remote" else ""
    city = _norm(location.get("city"))
    project_id = (doc.get("project") or {}).get("id")
    members: set[int] = set()
    if project_id:
        for kind, pool in project_pools(ctx.store, ctx.company_id, project_id):
            members |= {m["id"] for m in pool_members(ctx.store, ctx.company_id, kind, pool)}
    found = []
    for user in ctx.store.list("user", 0):
        if user.get("role") != "provider" or (state and _norm(user.get("state")) != state):
            continue
        found.append(
            (user["id"] not in members, bool(city) and _norm(user.get("city")) != city, user["id"])
        )
    return [ident for *_, ident in sorted(found)]


def _settings(ctx: Context, doc: Doc) -> dict[str, Any]:
    project_id = (doc.get("project") or {}).get("id")
    found = current_settings(ctx.store, ctx.company_id, project_id) if project_id else None
    if found is not None and not found.get("is_dispatch_settings_enabled", True):
        raise ApiError(
            409, f"Smart Dispatch is disabled for project {project_id} (work order {doc['id']})"
        )
    return found or dict(DEFAULTS)


def dispatch(ctx: Context, doc: Doc, settings: dict[str, Any]) -> dict[str, Any]:
    chosen = candidates(ctx, doc)
    if chosen and settings.get("dispatch_to_first_available"):
        doc = move(ctx, doc, "assign", provider_id=chosen[0])
        set_routed(ctx, doc["id"], [])
        result, picked = "assigned", chosen[:1]
    elif chosen:
        doc = move(ctx, doc, "route")
        picked = chosen[:ROUTE_LIMIT]
        already = routed(ctx, doc["id"])
        set_routed(ctx, doc["id"], already + [p for p in picked if p not in already])
        result = "routed"
    else:
        if (
            settings.get("revert_to_draft_on_no_available", True)
            and status_name(doc) in lifecycle.OPEN
        ):
            doc = move(ctx, doc, "revert_to_draft")
        result, picked = "no_provider", []
    save_work_order(ctx, doc)
    return {
        "id": doc["id"],
        "status": status_name(doc),
        "result": result,
        "providers": [user_ref(ctx.store, p) for p in picked],
    }


@operation("trigger_smart_dispatch")
def trigger_smart_dispatch(ctx: Context) -> Reply:
    body = ctx.body
    ids: list[int] = []
    for ident in [ref["id"] for ref in body.get("workOrders", [])] + list(
        body.get("work_order_ids", [])
    ):
        if ident not in ids:
            ids.append(ident)
    docs = [load_work_order(ctx, ident) for ident in ids]
    plans = []
    for doc in docs:
        if status_name(doc) not in DISPATCHABLE:
            raise ApiError(
                409,
                f"Cannot smart-dispatch work order {doc['id']}: status is {status_name(doc)}, expected {', '.join(DISPATCHABLE)}",
            )
        plans.append((doc, _settings(ctx, doc)))
    return ok({"work_orders": [dispatch(ctx, doc, settings) for doc, settings in plans]})

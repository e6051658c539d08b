"""The assigned provider: cancel the assignment, acknowledge a reported delay, and the list of
providers pending assignment (those the work order is routed to, and any who requested it).

A reported delay shows on the work order's status (``sub_status: delayed``, ``delay`` in
seconds) and on its ETA condition; which report was last acknowledged is kept beside the work
order (kind ``wo_delay_ack``) so a second acknowledgement of the same report is a 409.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation
from ..store import Doc
from ._common import (
    WORK_ORDER,
    date_obj,
    envelope,
    load_work_order,
    ok,
    page_args,
    parse_time,
    save_work_order,
    section,
    status_name,
)
from .workflow import move, routed

DELAY_ACK = "wo_delay_ack"
LIST_PREFS = "provider_list_prefs"
PENDING = "find_providers_pending_assignment"
LISTS = {
    PENDING: "Pending assignment",
    "find_providers_routed": "Routed",
    "find_providers_requested": "Requested",
}


# -- provider cancel ----------------------------------------------------------------------
@operation("unassign_work_order_provider")
def unassign_work_order_provider(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    doc = move(ctx, doc, "provider_cancel")
    (doc.get("eta") or {}).pop("condition", None)  # the departed provider's live condition
    ctx.store.delete(DELAY_ACK, doc["id"])
    return ok(save_work_order(ctx, doc))


# -- provider delay -----------------------------------------------------------------------
def _reported_delay(doc: Doc) -> tuple[int, str] | None:
    """``(seconds, signature)`` of the delay currently reported on the work order, if any."""
    status = doc.get("status") or {}
    condition = (doc.get("eta") or {}).get("condition") or {}
    if status.get("sub_status") == "delayed" or status.get("code") == "delayed":
        seconds = int(status.get("delay") or condition.get("estimated_delay") or 0)
    elif condition.get("status") == "delayed":
        seconds = int(condition.get("estimated_delay") or 0)
    else:
        return None
    signature = f"{seconds}|{(condition.get('created') or {}).get('utc', '')}"
    return seconds, signature


def _record_delay(ctx: Context, doc: Doc, body: dict[str, Any]) -> None:
    """A delay report carried in the body (the provider's side of the same call)."""
    seconds = int(body.get("delay_minutes", 0)) * 60
    eta = doc.setdefault("eta", {})
    if "new_eta" in body:
        new_eta = parse_time(body["new_eta"]["utc"], "body.new_eta.utc")
        seconds = seconds or max(0, int(new_eta - ctx.now))
        eta["start"] = date_obj(new_eta)
    if body.get("reason"):
        eta["notes"] = body["reason"]
    eta["condition"] = {
        **(eta.get("condition") or {}),
        "status": "delayed",
        "estimated_delay": seconds,
        "created": date_obj(ctx.now),
    }
    eta["updated"] = date_obj(ctx.now)
    doc["status"] = {**doc["status"], "sub_status": "delayed", "code": "delayed", "delay": seconds}


@operation("acknowledge_provider_delay")
def acknowledge_provider_delay(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    body = ctx.body or {}
    if status_name(doc) != lifecycle.ASSIGNED:
        raise ApiError(
            409,
            f"Work order {doc['id']} is {status_name(doc)}; only an assigned work order's provider can be delayed",
        )
    if any(k in body for k in ("delay_minutes", "new_eta", "reason")):
        _record_delay(ctx, doc, body)
        ctx.store.delete(DELAY_ACK, doc["id"])  # a new report, whatever its numbers
    reported = _reported_delay(doc)
    acked = ctx.store.get(DELAY_ACK, doc["id"], ctx.company_id)
    if reported is None or (acked is not None and acked.get("signature") == reported[1]):
        raise ApiError(409, f"Work order {doc['id']} has no unacknowledged provider delay")
    seconds, signature = reported
    doc["status"] = {
        **doc["status"],
        "display": f"{lifecycle.ASSIGNED}: Delayed",
        "code": "delayed",
        "sub_status": "delayed",
        "delay": seconds,
    }
    ctx.store.put(
        DELAY_ACK,
        doc["id"],
        ctx.company_id,
        {"signature": signature, "at": date_obj(ctx.now), "by": ctx.user_id},
        parent=doc["id"],
    )
    return ok(save_work_order(ctx, doc))


# -- providers pending assignment ------------------------------------------------------------
def _worked_with(ctx: Context, provider_id: int) -> bool:
    for wo in ctx.store.list(WORK_ORDER, ctx.company_id):
        if ((wo.get("assignee") or {}).get("user") or {}).get("id") == provider_id and status_name(
            wo
        ) in (lifecycle.WORK_DONE, lifecycle.APPROVED, lifecycle.PAID):
            return True
    return False


def _rows(ctx: Context, doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """The providers of each list, in order: routed first, then requesters."""
    routed_ids = routed(ctx, doc["id"])
    requests = {
        r["user"]["id"]: r
        for r in section(doc, "requests")["results"]
        if (r.get("user") or {}).get("id") and r.get("active", True)
    }
    open_for_requests = status_name(doc) in lifecycle.OPEN
    routed_at = (doc.get("milestones") or {}).get("routed")
    rows: dict[int, dict[str, Any]] = {}
    for pid in [*routed_ids, *[p for p in requests if p not in routed_ids]]:
        user = ctx.store.get("user", pid)
        if user is None or user.get("role") != "provider":
            continue
        row: dict[str, Any] = {"id": pid}
        for key in ("first_name", "last_name", "thumbnail"):
            if user.get(key):
                row[key] = user[key]
        row.update(
            w2=False,
            routable=open_for_requests,
            marketplace=True,
            worked_with=_worked_with(ctx, pid),
            managed=False,
        )
        row["has_request"] = pid in requests
        row["can_request"] = open_for_requests and pid not in requests
        if pid in routed_ids and routed_at:
            row["route"] = {"created": routed_at}
        if pid in requests:
            row["request"] = requests[pid]
        rows[pid] = row
    return {
        PENDING: list(rows.values()),
        "find_providers_routed": [rows[p] for p in routed_ids if p in rows],
        "find_providers_requested": [r for r in rows.values() if r["has_request"]],
    }


@operation("list_work_order_pending_requests")
def list_work_order_pending_requests(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    pref_key = ctx.user_id
    prefs = ctx.store.get(LIST_PREFS, pref_key, ctx.company_id) or {}
    name = ctx.query.get("list") or prefs.get("list") or PENDING
    if name not in LISTS:
        raise ApiError(
            400,
            f"list: unknown provider list {name!r}; use one of {', '.join(LISTS)}",
            [{"field": "query.list", "message": "unknown list"}],
        )
    view = ctx.query.get("view") or prefs.get("view") or ctx.query.get("default_view") or "model"
    if ctx.query.get("sticky"):
        ctx.store.put(LIST_PREFS, pref_key, ctx.company_id, {"list": name, "view": view})
    lists = _rows(ctx, doc)
    page, per_page = page_args(ctx)
    body = envelope(lists[name], page, per_page, list=name, view=view)
    body["actions"] = (
        ["selection_rule"] if status_name(doc) in (lifecycle.DRAFT, *lifecycle.OPEN) else []
    )
    body["params"] = []
    body["lists"] = [
        {"id": key, "label": label, "count": len(lists[key]), "active": key == name}
        for key, label in LISTS.items()
    ]
    return ok(body)

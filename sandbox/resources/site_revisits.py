"""Site revisits of a work order, and the site summary (revisits, job status, incident ID,
related work orders) that they and the incident/job-status writes answer.

Revisits live in the work order at ``site_revisits`` (newest first, with ``count``); the
count is mirrored into ``site_revisit.revisit_count``. Reasons are the company's
``site_revisit_reason`` documents.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, seeder
from ..store import Doc, Store
from ._common import WORK_ORDER, date_obj, new_id, parse_time, section, user_ref
from ._section import Section, register
from ._seeding import first_work_order, seed_call

PATH = ("site_revisits",)
REASON = "site_revisit_reason"
JOB_STATUS = "wo_job_status"
"""Beside the work order: who set the current job status, since when, and the earlier ones."""


"""Timestamps accepted on input: 1900-01-01 to 9999-12-30 (UTC)."""


# -- reasons ------------------------------------------------------------------------------
def _serves(reason: Doc, action: str) -> bool:
    declared = reason.get("action_type", reason.get("action_types", reason.get("types")))
    if not declared:
        return True
    values = [declared] if isinstance(declared, str) else list(declared)
    return "all" in values or action in values


def site_reason(ctx: Context, reason_id: int, action: str, field: str) -> dict[str, Any]:
    """``{id, name}`` of one of the company's site-revisit reasons usable for ``action``, or a 422."""
    reason = ctx.store.get(REASON, reason_id, ctx.company_id)
    if reason is None or not _serves(reason, action):
        raise ApiError(
            422,
            f"{field.removeprefix('body.')}: {reason_id} is not a {action.replace('_', ' ')} reason of this company "
            f"(see GET /company/{{company_id}}/site-revisit-reasons?action_type={action})",
            [{"field": field, "message": "unknown reason"}],
        )
    return {
        "id": reason["id"],
        "name": str(reason.get("name") or reason.get("label") or f"Reason {reason['id']}"),
    }


# -- the site summary -----------------------------------------------------------------------
def job_status(ctx: Context, doc: Doc) -> dict[str, Any]:
    info = doc.get("site_revisit") or {}
    status = info.get("job_status") or "pending"
    incomplete = info.get("incomplete_reason") or {}
    reason = None
    if status == "incomplete" and incomplete.get("reason_id"):
        reason = {"id": incomplete["reason_id"], "label": incomplete.get("reason_name", "")}
    side = ctx.store.get(JOB_STATUS, doc["id"], ctx.company_id) or {}
    return {"status": status, "reason": reason, "history": list(side.get("history", []))}


def set_job_status(ctx: Context, doc: Doc, status: str, reason: dict[str, Any] | None) -> None:
    """Record a new job status; the one it replaces goes to the history (newest first)."""
    previous = job_status(ctx, doc)
    side = ctx.store.get(JOB_STATUS, doc["id"], ctx.company_id) or {}
    same = side.get("status") == previous["status"]
    entry: dict[str, Any] = {"status": previous["status"]}
    if previous["reason"]:
        entry["reason"] = previous["reason"]
    entry["created"] = (
        side["since"] if same and side.get("since") else doc.get("created") or date_obj(ctx.now)
    )
    if same and side.get("user"):
        entry["user"] = side["user"]
    info = doc.setdefault("site_revisit", {})
    info["job_status"] = status
    if reason is None:
        info.pop("incomplete_reason", None)
    else:
        info["incomplete_reason"] = {"reason_id": reason["id"], "reason_name": reason["name"]}
    record = {
        "status": status,
        "since": date_obj(ctx.now),
        "user": user_ref(ctx.store, ctx.user_id),
        "history": [entry, *previous["history"]],
    }
    ctx.store.put(JOB_STATUS, doc["id"], ctx.company_id, record, parent=doc["id"])


def summary(ctx: Context, doc: Doc) -> dict[str, Any]:
    incident = doc.get("incident_id")
    related = []
    if incident:
        related = [
            {"id": other["id"], "title": other.get("title", "")}
            for other in ctx.store.list(WORK_ORDER, ctx.company_id)
            if other["id"] != doc["id"] and other.get("incident_id") == incident
        ]
    return {
        "revisits": section(doc, *PATH)["results"],
        "job_status": job_status(ctx, doc),
        "incident_id": incident,
        "related_work_orders": related,
    }


# -- revisits -------------------------------------------------------------------------------
def _sync(doc: Doc) -> dict[str, Any]:
    revisits = section(doc, *PATH)
    revisits["count"] = len(revisits["results"])
    doc.setdefault("site_revisit", {})["revisit_count"] = revisits["count"]
    return revisits


def _apply(ctx: Context, revisit: dict[str, Any], body: dict[str, Any]) -> None:
    for key in ("revisit_reason", "revisit_reason_id"):
        if key in body:
            revisit["reason"] = site_reason(ctx, body[key], "revisit", f"body.{key}")
            break
    if "is_billable" in body:
        revisit["is_billable"] = body["is_billable"]
    if "notes" in body:
        revisit["notes"] = body["notes"]
    if "scheduled" in body:
        revisit["scheduled"] = date_obj(parse_time(body["scheduled"]["utc"], "body.scheduled.utc"))
    revisit["status"] = "scheduled" if revisit.get("scheduled") else "requested"


def _build(ctx: Context, _doc: Doc, body: dict[str, Any]) -> dict[str, Any]:
    revisit: dict[str, Any] = {"id": new_id(ctx.store, "site_revisit", 11), "is_billable": False}
    _apply(ctx, revisit, body)
    revisit["created"] = date_obj(ctx.now)
    return revisit


SITE_REVISITS = register(
    Section(
        path=PATH,
        name="site_revisit",
        calls=("list", "create", "update", "delete"),
        what="Site revisit",
        id_param="revisit_id",
        carried=("count",),
        sync=lambda _ctx, doc: _sync(doc),
        build=_build,
        apply=lambda ctx, _doc, revisit, body: _apply(ctx, revisit, body),
        answer=summary,
    )
)


@seeder(order=98)
def seed_site_revisits(store: Store, company: dict[str, Any]) -> None:
    """A requested return visit on the first work-done work order (the spec's examples name
    it)."""
    doc = first_work_order(store, company, lifecycle.WORK_DONE)
    reasons = [r for r in store.list(REASON, company["id"]) if _serves(r, "revisit")]
    if doc is not None and reasons:
        body = {"revisit_reason": min(r["id"] for r in reasons), "is_billable": False}
        seed_call(store, company, doc, "create_work_order_site_revisit", body, after=9000)

"""Incident/site ID and job status of a work order. Both answer the work order's site
summary (see ``site_revisits``)."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation
from ._common import load_work_order, ok, save_work_order
from .site_revisits import set_job_status, site_reason, summary


@operation("update_work_order_incident")
def update_work_order_incident(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    incident = str(ctx.body["incident_id"]).strip()
    if not incident:
        raise ApiError(
            400,
            "incident_id: must not be blank",
            [{"field": "body.incident_id", "message": "blank"}],
        )
    doc["incident_id"] = incident
    return ok(summary(ctx, save_work_order(ctx, doc)))


@operation("delete_work_order_incident_id")
def delete_work_order_incident_id(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    doc["incident_id"] = None
    return ok(summary(ctx, save_work_order(ctx, doc)))


@operation("update_work_order_job_status")
def update_work_order_job_status(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    body = ctx.body
    reason: dict[str, Any] | None = None
    if body["status"] == "incomplete" and "reason_id" in body:
        reason = site_reason(ctx, body["reason_id"], "job_status", "body.reason_id")
    set_job_status(ctx, doc, body["status"], reason)
    return ok(summary(ctx, save_work_order(ctx, doc)))

"""Smart Dispatch settings of a project (kind ``dispatch_settings``, one document per version).

Every write starts a new version: the version it replaces gets ``effective_to`` and the new
one is in force from now. Reads answer the newest version. Smart Dispatch (``smart_dispatch``)
reads :func:`current_settings`.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Doc, Store
from ._common import created, new_id, ok, utc
from .talent_pool_groups import seed_project, seed_uuid

SETTINGS = "dispatch_settings"
DEFAULTS: dict[str, Any] = {
    "dispatch_runtime_minutes": 60,
    "rerun_until_threshold": False,
    "rerun_threshold_minutes": None,
    "dispatch_to_first_available": False,
    "revert_to_draft_on_no_available": True,
    "is_dispatch_settings_enabled": True,
}
RERUN_DEFAULT = 720
"""Threshold used when re-running is switched on without one."""


def versions(store: Store, company_id: int, project_id: int) -> list[Doc]:
    return [d for d in store.list(SETTINGS, company_id, parent=project_id)]


def current_settings(store: Store, company_id: int, project_id: int) -> Doc | None:
    """The version in force for the project, or None when it has no settings."""
    found = versions(store, company_id, project_id)
    return max(found, key=lambda d: d["id"]) if found else None


RULE_KEYS = ("mode", "rules")
"""The smart dispatch guide's rule-list fields: kept when sent, carried to later versions."""


def _checks(ctx: Context, body: dict[str, Any]) -> None:
    """``buyer_id`` and ``created_by`` are optional (the guide's body has neither); when sent,
    they must name the caller's company and one of its users."""
    if "buyer_id" in body and body["buyer_id"] != ctx.company_id:
        raise ApiError(
            422,
            f"buyer_id: {body['buyer_id']} is not your company ({ctx.company_id})",
            [{"field": "body.buyer_id", "message": "not the caller's company"}],
        )
    if "created_by" in body and ctx.store.get("user", body["created_by"], ctx.company_id) is None:
        raise ApiError(
            422,
            f"created_by: user {body['created_by']} is not a user of this company",
            [{"field": "body.created_by", "message": "unknown user"}],
        )


def _write(ctx: Context, project_id: int, body: dict[str, Any], previous: Doc | None) -> Doc:
    values = {k: (previous or DEFAULTS).get(k, DEFAULTS[k]) for k in DEFAULTS}
    values.update({k: body[k] for k in DEFAULTS if k in body})
    if values["rerun_until_threshold"] and values["rerun_threshold_minutes"] is None:
        values["rerun_threshold_minutes"] = RERUN_DEFAULT
    now = utc(ctx.now)
    if previous is not None:
        previous["effective_to"] = now
        ctx.store.put(SETTINGS, previous["id"], ctx.company_id, previous, parent=project_id)
    doc: Doc = {
        "id": new_id(ctx.store, SETTINGS, 10),
        "project_dispatch_setting_id": str(uuid.uuid4()),
        "project_id": project_id,
        "buyer_id": body.get("buyer_id", ctx.company_id),
        **values,
        "effective_from": now,
        "effective_to": None,
        "created_by": body.get("created_by", ctx.user_id),
    }
    for key in RULE_KEYS:
        if key in body:
            doc[key] = body[key]
        elif previous is not None and key in previous:
            doc[key] = previous[key]
    ctx.store.put(SETTINGS, doc["id"], ctx.company_id, doc, parent=project_id)
    return doc


@operation("create_dispatch_settings")
def create_dispatch_settings(ctx: Context) -> Reply:
    body = ctx.body
    project_id = body["project_id"]
    if ctx.store.get("project", project_id, ctx.company_id) is None:
        raise ApiError(
            422,
            f"project_id: project {project_id} does not exist",
            [{"field": "body.project_id", "message": "unknown project"}],
        )
    _checks(ctx, body)
    if current_settings(ctx.store, ctx.company_id, project_id) is not None:
        raise ApiError(
            422,
            f"project_id: project {project_id} already has dispatch settings; change them with PUT /project/{project_id}/dispatch-settings",
            [{"field": "body.project_id", "message": "settings exist"}],
        )
    return created(_write(ctx, project_id, body, None))


def _project_settings(ctx: Context) -> Doc:
    project_id = ctx.path["project_id"]
    if ctx.store.get("project", project_id, ctx.company_id) is None:
        raise ApiError(404, f"Project {project_id} not found")
    found = current_settings(ctx.store, ctx.company_id, project_id)
    if found is None:
        raise ApiError(404, f"Project {project_id} has no dispatch settings")
    return found


@operation("get_dispatch_settings")
def get_dispatch_settings(ctx: Context) -> Reply:
    return ok(_project_settings(ctx))


@operation("update_dispatch_settings")
def update_dispatch_settings(ctx: Context) -> Reply:
    body = ctx.body
    previous = _project_settings(ctx)
    project_id = ctx.path["project_id"]
    if body.get("project_id", project_id) != project_id:
        raise ApiError(
            422,
            f"project_id: the body names project {body['project_id']} but the path names {project_id}",
            [{"field": "body.project_id", "message": "differs from the path"}],
        )
    _checks(ctx, body)
    return ok(_write(ctx, project_id, body, previous))


@seeder(order=40)
def seed_dispatch_settings(store: Store, company: dict[str, Any]) -> None:
    project_id = seed_project(store, company)
    ident = 1 if company["id"] == 501 else 2
    doc = {
        "id": ident,
        "project_dispatch_setting_id": "550e8400-e29b-41d4-a716-446655440000"
        if company["id"] == 501
        else seed_uuid(company["id"], "dispatch"),
        "project_id": project_id,
        "buyer_id": company["id"],
        **DEFAULTS,
        "rerun_threshold_minutes": 720,
        "dispatch_to_first_available": company["id"] == 502,
        "effective_from": "2026-01-20 09:00:00",
        "effective_to": None,
        "created_by": company["staff"][0]["id"],
    }
    store.put(SETTINGS, ident, company["id"], doc, parent=project_id)

"""Projects (kind ``project``) and the talent pool group placements of providers within a
project.

Kind ``project_provider``: one document per project and provider (key ``<project>:<provider>``,
parent = project) ``{project_id, provider_id, talent_pool_groups: [{talent_pool_group_id,
tier_id}]}``. A provider added without placements is a member of the project with an empty
list. The talent pool groups module reads these documents as its groups' providers (and seeds
them), so adding providers here and listing a group's providers agree. Placements are checked
against the group (kind ``talent_pool_group``, tied to one project) and its tiers.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    created,
    date_obj,
    envelope,
    new_id,
    ok,
    page_args,
    parse_time,
    status_name,
    user_ref,
)
from .talent_pool_groups import GROUP, drop_attributes

PROJECT = "project"
MEMBER = "project_provider"
ALWAYS = ("id", "name")
ACTIONS = {
    "active": ["edit", "complete", "cancel", "create_work_order", "create_template"],
    "completed": ["reopen"],
    "cancelled": ["reopen"],
}
COUNT_GROUPS = {
    "draft": (lifecycle.DRAFT,),
    "published_routed": lifecycle.OPEN,
    "assigned": (lifecycle.ASSIGNED,),
    "work_done": (lifecycle.WORK_DONE,),
    "approved_paid": (lifecycle.APPROVED, lifecycle.PAID),
}

SEED: dict[int, list[dict[str, Any]]] = {
    501: [
        {
            "id": 2201,
            "name": "Spring POS Refresh",
            "status": "active",
            "client": {"id": 301, "name": "Northstar Retail"},
            "manager": 0,
            "description": "Replace front-counter POS terminals in 120 Northstar stores.",
            "policy_and_procedures": "Follow the Northstar site safety policy.",
            "standard_instructions": "Check in with the store manager on arrival.",
            "cancellation_fee": 50,
            "late_notification": True,
            "finance": {"id": 202, "description": "Corporate account"},
            "selection_rule": {"id": 14, "name": "Rated 4.5+ within 50 miles"},
            "auto_dispatch": {
                "id": 31,
                "delay": 30,
                "w2_skippub": 0,
                "w2_failswitch": 1,
                "should_route": 1,
                "also_publish": 0,
                "selection_rule_id": 14,
                "selection_rule": {"id": 14, "name": "Rated 4.5+ within 50 miles"},
            },
            "notifications": {
                "email_subject": {
                    "manager": "Work order assigned",
                    "provider": "New assignment from Northstar Retail",
                }
            },
            "created": "2026-02-01 16:00:00",
            "start": "2026-03-01 14:00:00",
            "end": "2026-06-30 23:00:00",
        },
        {
            "id": 2187,
            "name": "Winter Kiosk Maintenance",
            "status": "completed",
            "client": {"id": 305, "name": "Harbor Foods"},
            "manager": 1,
            "description": "Seasonal cleaning and firmware updates of self-checkout kiosks.",
            "standard_instructions": "Bring a spare thermal printer head.",
            "cancellation_fee": 25,
            "late_notification": False,
            "finance": {"id": 202, "description": "Corporate account"},
            "created": "2025-11-03 15:30:00",
            "start": "2025-12-01 14:00:00",
            "end": "2026-02-28 23:00:00",
        },
    ],
    502: [
        {
            "id": 2301,
            "name": "HVAC Preventive Maintenance 2026",
            "status": "active",
            "manager": 0,
            "description": "Quarterly rooftop unit maintenance across the Globex portfolio.",
            "policy_and_procedures": "Lock out / tag out before opening any unit.",
            "standard_instructions": "Photograph the unit data plate before and after service.",
            "cancellation_fee": 75,
            "late_notification": True,
            "finance": {"id": 240, "description": "Facilities operating budget"},
            "created": "2026-01-05 17:00:00",
            "start": "2026-01-15 14:00:00",
        },
        {
            "id": 2302,
            "name": "Store Lighting Retrofit",
            "status": "active",
            "manager": 1,
            "description": "Replace fluorescent fixtures with LED panels in 40 stores.",
            "cancellation_fee": 40,
            "late_notification": False,
            "finance": {"id": 240, "description": "Facilities operating budget"},
            "created": "2026-02-02 09:45:00",
        },
    ],
}


def _at(text: str) -> dict[str, Any]:
    return date_obj(parse_time(text))


@seeder(order=15)
def seed_projects(store: Store, company: dict[str, Any]) -> None:
    for spec in SEED.get(company["id"], []):
        doc = {k: v for k, v in spec.items() if k not in ("manager", "created", "start", "end")}
        doc["company_id"] = company["id"]
        if "client" in doc:
            doc["client_id"] = doc["client"]["id"]
        doc["manager"] = user_ref(store, company["staff"][spec["manager"]]["id"])
        for key in ("created", "start", "end"):
            if key in spec:
                doc[key] = _at(spec[key])
        store.put(PROJECT, doc["id"], company["id"], doc)


# -- helpers ------------------------------------------------------------------------------
def _key(project_id: int, provider_id: int) -> str:
    return f"{project_id}:{provider_id}"


def load_project(ctx: Context) -> dict[str, Any]:
    pid = ctx.path["project_id"]
    doc = ctx.store.get(PROJECT, pid, ctx.company_id)
    if doc is None:
        raise ApiError(404, f"Project {pid} not found")
    return doc


def _unprocessable(field: str, message: str) -> ApiError:
    return ApiError(422, f"{field}: {message}", [{"field": field, "message": message}])


def _staff(ctx: Context, ref: dict[str, Any], field: str) -> dict[str, Any]:
    user = ctx.store.get("user", ref["id"], ctx.company_id)
    if user is None or user.get("role") == "provider":
        raise _unprocessable(field, f"user {ref['id']} is not a user of this company")
    return user_ref(ctx.store, user["id"])


def _counts(ctx: Context, project_id: int) -> dict[str, int]:
    docs = [
        wo
        for wo in ctx.store.list(WORK_ORDER, ctx.company_id)
        if (wo.get("project") or {}).get("id") == project_id
    ]
    counts = {
        name: sum(1 for wo in docs if status_name(wo) in statuses)
        for name, statuses in COUNT_GROUPS.items()
    }
    today = date_obj(ctx.now)["utc"][:10]
    counts["today"] = sum(
        1 for wo in docs if (wo.get("created") or {}).get("utc", "")[:10] == today
    )
    return counts


def project_answer(ctx: Context, doc: dict[str, Any], detail: bool) -> dict[str, Any]:
    out = dict(doc)
    out["actions"] = list(ACTIONS.get(doc.get("status", "active"), []))
    counts = _counts(ctx, doc["id"])
    out["work_orders_counts"] = counts
    out["work_orders_count"] = sum(v for k, v in counts.items() if k != "today")
    if detail:
        templates = [
            {"id": t["id"], "name": t["name"]}
            for t in ctx.store.list("template", ctx.company_id)
            if (t.get("project") or {}).get("id") == doc["id"]
        ]
        out["templates"] = {**envelope(templates, 1, max(25, len(templates))), "actions": []}
    columns = ctx.query.get("columns")
    if columns:
        wanted = {c.strip() for c in columns.split(",") if c.strip()}
        out = {k: v for k, v in out.items() if k in wanted or k in ALWAYS}
    return out


# -- projects -------------------------------------------------------------------------------
@operation("list_projects")
def list_projects(ctx: Context) -> Reply:
    docs = sorted(ctx.store.list(PROJECT, ctx.company_id), key=lambda d: d["id"], reverse=True)
    page, per_page = page_args(ctx)
    body = envelope(docs, page, per_page)
    body["results"] = [project_answer(ctx, d, detail=False) for d in body["results"]]
    if ctx.query.get("columns"):
        body["metadata"]["columns"] = ctx.query["columns"]
    return ok({**body, "actions": ["add"]})


@operation("create_project")
def create_project(ctx: Context) -> Reply:
    body = ctx.body
    name = body["name"].strip()
    if not name:
        raise ApiError(400, "name: must not be blank", [{"field": "body.name", "message": "blank"}])
    doc: dict[str, Any] = {
        "id": new_id(ctx.store, PROJECT, 2400),
        "name": name,
        "status": body.get("status", "active"),
        "company_id": ctx.company_id,
    }
    client_ref = body.get("client") or ({"id": body["client_id"]} if "client_id" in body else None)
    if body.get("client") and "client_id" in body and body["client_id"] != body["client"]["id"]:
        raise ApiError(
            400,
            "client_id and client.id name different clients",
            [{"field": "body.client_id", "message": "conflicts with client.id"}],
        )
    if client_ref:
        client = ctx.store.get("client", client_ref["id"], ctx.company_id)
        if client is None:
            field = "body.client.id" if body.get("client") else "body.client_id"
            raise _unprocessable(field, f"client {client_ref['id']} does not exist")
        doc["client"] = {
            "id": client["id"],
            "name": client.get("name") or client_ref.get("name") or f"Client {client['id']}",
        }
        doc["client_id"] = client["id"]
    if "template_id" in body:
        if ctx.store.get("template", body["template_id"], ctx.company_id) is None:
            raise _unprocessable(
                "body.template_id", f"template {body['template_id']} does not exist"
            )
        doc["template_id"] = body["template_id"]
    doc["manager"] = (
        _staff(ctx, body["manager"], "body.manager.id")
        if body.get("manager")
        else user_ref(ctx.store, ctx.user_id)
    )
    if body.get("secondary_contact"):
        doc["secondary_contact"] = _staff(
            ctx, body["secondary_contact"], "body.secondary_contact.id"
        )
    for key in (
        "description",
        "policy_and_procedures",
        "standard_instructions",
        "cancellation_fee",
        "late_notification",
        "notifications",
        "selection_rule",
    ):
        if key in body:
            doc[key] = body[key]
    for key in ("finance", "service_contract"):
        if key in body:
            doc[key] = {"id": body[key]["id"]}
    if "auto_dispatch" in body:
        dispatch = {k: v for k, v in body["auto_dispatch"].items() if k != "id"}
        dispatch["id"] = new_id(ctx.store, "project_auto_dispatch", 100)
        rule = dispatch.get("selection_rule_id") or (body.get("selection_rule") or {}).get("id")
        if rule:
            dispatch["selection_rule_id"] = rule
            dispatch["selection_rule"] = (
                dispatch.get("selection_rule") or body.get("selection_rule") or {"id": rule}
            )
        doc["auto_dispatch"] = dispatch
    doc["created"] = date_obj(ctx.now)
    ctx.store.put(PROJECT, doc["id"], ctx.company_id, doc)
    return created(project_answer(ctx, doc, detail=True))


@operation("get_project")
def get_project(ctx: Context) -> Reply:
    return ok(project_answer(ctx, load_project(ctx), detail=True))


# -- provider placements ----------------------------------------------------------------------
def _provider(ctx: Context, provider_id: int, field: str, status: int = 422) -> dict[str, Any]:
    user = ctx.store.get("user", provider_id)
    if user is None or user.get("role") != "provider":
        if status == 404:
            raise ApiError(404, f"Provider {provider_id} not found")
        raise _unprocessable(field, f"provider {provider_id} does not exist")
    return user


def _placements(
    ctx: Context, project: dict[str, Any], items: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The body's placements, checked against the company's talent pool groups (422 otherwise)."""
    out: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        field = f"body.talent_pool_groups.{i}"
        gid = str(item["talent_pool_group_id"]).lower()
        group = ctx.store.get(GROUP, gid, ctx.company_id)
        if group is None:
            raise _unprocessable(
                f"{field}.talent_pool_group_id", f"talent pool group {gid} does not exist"
            )
        if group.get("project_id") != project["id"]:
            raise _unprocessable(
                f"{field}.talent_pool_group_id",
                f"talent pool group {gid} belongs to project {group.get('project_id')}, not {project['id']}",
            )
        if item["tier_id"] not in {t["id"] for t in group.get("tiers", [])}:
            raise _unprocessable(
                f"{field}.tier_id",
                f"tier {item['tier_id']} is not a tier of talent pool group {gid}",
            )
        placement = {"talent_pool_group_id": gid, "tier_id": item["tier_id"]}
        if placement not in out:
            out.append(placement)
    return out


def _described(ctx: Context, placement: dict[str, Any]) -> dict[str, Any]:
    out = dict(placement)
    group = ctx.store.get(GROUP, placement["talent_pool_group_id"], ctx.company_id) or {}
    if group.get("name"):
        out["talent_pool_group_name"] = group["name"]
    tier = next((t for t in group.get("tiers", []) if t["id"] == placement["tier_id"]), None)
    if tier and tier.get("name"):
        out["tier_name"] = tier["name"]
    return out


def _save(
    ctx: Context, project_id: int, provider_id: int, placements: list[dict[str, Any]]
) -> None:
    doc = {"project_id": project_id, "provider_id": provider_id, "talent_pool_groups": placements}
    ctx.store.put(MEMBER, _key(project_id, provider_id), ctx.company_id, doc, parent=project_id)


@operation("add_project_providers")
def add_project_providers(ctx: Context) -> Reply:
    project = load_project(ctx)
    body = ctx.body
    for i, pid in enumerate(body["provider_ids"]):
        _provider(ctx, pid, f"body.provider_ids.{i}")
    placements = _placements(ctx, project, body.get("talent_pool_groups") or [])
    current = {
        pid: ctx.store.get(MEMBER, _key(project["id"], pid), ctx.company_id)
        for pid in body["provider_ids"]
    }
    for pid, doc in current.items():
        if doc is None:
            continue
        held = [p for p in placements if p in doc.get("talent_pool_groups", [])]
        if held:
            raise ApiError(
                409,
                f"Provider {pid} is already in tier {held[0]['tier_id']} of talent pool group {held[0]['talent_pool_group_id']}",
            )
        if not placements:
            raise ApiError(409, f"Provider {pid} is already in project {project['id']}")
    for pid, doc in current.items():
        _save(ctx, project["id"], pid, (doc or {}).get("talent_pool_groups", []) + placements)
    count = len(body["provider_ids"])
    return created(
        {"success": True, "message": f"{count} provider(s) added to project {project['id']}"}
    )


@operation("get_project_provider_assignments")
def get_project_provider_assignments(ctx: Context) -> Reply:
    project = load_project(ctx)
    pid = ctx.path["provider_id"]
    _provider(ctx, pid, "path.provider_id", status=404)
    doc = ctx.store.get(MEMBER, _key(project["id"], pid), ctx.company_id)
    if doc is None:
        raise ApiError(404, f"Provider {pid} is not in project {project['id']}")
    placements = [_described(ctx, p) for p in doc.get("talent_pool_groups", [])]
    return ok({"project_id": project["id"], "provider_id": pid, "talent_pool_groups": placements})


@operation("update_project_provider_assignments")
def update_project_provider_assignments(ctx: Context) -> Reply:
    project = load_project(ctx)
    pid = ctx.path["provider_id"]
    _provider(ctx, pid, "path.provider_id", status=404)
    wanted = _placements(ctx, project, ctx.body["talent_pool_groups"])
    current = ctx.store.get(MEMBER, _key(project["id"], pid), ctx.company_id) or {}
    for placement in current.get("talent_pool_groups", []):
        if placement not in wanted:  # a tier left: its provider attributes go with it
            drop_attributes(ctx.store, ctx.company_id, placement["tier_id"], pid)
    _save(ctx, project["id"], pid, wanted)
    return ok(
        {
            "success": True,
            "message": f"Placements of provider {pid} in project {project['id']} replaced",
        }
    )

"""Work order templates: list and read (kind ``template``, owned by a company).

A template document holds the summary fields (name, default, type of work, client, project,
author) and ``data``, the work-order fields a new work order starts with. ``work_orders``
is counted from the company's work orders that name the template.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import WORK_ORDER, date_obj, envelope, ok, page_args, parse_time, user_ref
from .types_of_work import type_of_work_ref

TEMPLATE = "template"
ACTIONS = ["edit", "delete", "create_work_order", "copy"]
DETAIL_ONLY = ("company", "company_attributes", "data", "created")
ALWAYS = ("id", "name")

# Seeded templates per company: references by id (type of work, project), the author as an
# index into the company's staff, timestamps as UTC text.
SEED: dict[int, list[dict[str, Any]]] = {
    501: [
        {
            "id": 88,
            "name": "POS terminal swap",
            "work_order_title": "POS terminal swap - store visit",
            "type_of_work": 62,
            "client": {"id": 301, "name": "Northstar Retail"},
            "project": 2201,
            "author": 0,
            "created": "2026-01-12 15:04:00",
            "updated": "2026-03-02 10:30:00",
            "description": "<p>Swap the two POS terminals at the front counter and run a test sale.</p>",
            "confidential": "<p>Alarm code is with the store manager.</p>",
            "service_types": [3, 7],
        },
        {
            "id": 91,
            "name": "Network drop - standard",
            "default": True,
            "work_order_title": "Network drop install",
            "type_of_work": 71,
            "author": 1,
            "created": "2026-02-20 09:00:00",
            "updated": "2026-04-18 08:12:00",
            "description": "<p>Run one Cat6 drop from the IDF to the marked location, terminate and certify.</p>",
            "service_types": [10],
        },
        {
            "id": 93,
            "name": "Digital signage mount",
            "work_order_title": "Mount and commission digital signage",
            "type_of_work": 110,
            "client": {"id": 301, "name": "Northstar Retail"},
            "project": 2201,
            "author": 0,
            "created": "2026-03-05 13:45:00",
            "updated": "2026-03-05 13:45:00",
            "description": "<p>Mount the 55-inch display on the supplied bracket and pair the media player.</p>",
            "service_types": [3],
        },
    ],
    502: [
        {
            "id": 95,
            "name": "HVAC preventive maintenance",
            "default": True,
            "work_order_title": "Quarterly HVAC preventive maintenance",
            "type_of_work": 80,
            "project": 2301,
            "author": 0,
            "created": "2026-01-08 14:00:00",
            "updated": "2026-02-11 16:20:00",
            "description": "<p>Replace filters, check refrigerant pressures and clean condenser coils.</p>",
            "confidential": "<p>Roof access key is in the manager's office.</p>",
            "service_types": [5],
        },
        {
            "id": 96,
            "name": "LED lighting retrofit",
            "work_order_title": "Retrofit sales floor lighting to LED",
            "type_of_work": 104,
            "project": 2302,
            "author": 1,
            "created": "2026-02-02 10:10:00",
            "updated": "2026-02-02 10:10:00",
            "description": "<p>Replace fluorescent troffers with LED panels; haul away old fixtures.</p>",
            "service_types": [3, 7],
        },
    ],
}


def _at(text: str) -> dict[str, Any]:
    return date_obj(parse_time(text))


def _build(store: Store, company: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    author = user_ref(store, company["staff"][spec["author"]]["id"])
    tow = type_of_work_ref(store, spec["type_of_work"])
    doc: dict[str, Any] = {
        "id": spec["id"],
        "name": spec["name"],
        "default": bool(spec.get("default", False)),
        "work_order_title": spec["work_order_title"],
        "author": author,
        "company": {"id": company["id"], "name": company["name"]},
        "company_attributes": {"workorder_network_change_admin_only": 0},
        "created": _at(spec["created"]),
        "updated": _at(spec["updated"]),
    }
    data: dict[str, Any] = {
        "title": spec["work_order_title"],
        "template": {"id": spec["id"]},
        "manager": {"id": author["id"]},
        "allow_counter_offers": True,
        "require_gps": True,
        "w2": False,
        "printable": True,
        "description": {"html": spec["description"]},
    }
    if tow:
        doc["type_of_work"] = tow
        data["type_of_work"] = {
            "id": tow["id"],
            "name": tow["name"],
            "idv4": 1000 + tow["id"],
            "self_reported": 0,
        }
    if spec.get("service_types"):
        names = {s["id"]: s["name"] for s in store.list("service_type")}
        data["service_types"] = [
            {"id": s, "name": names.get(s, f"Service type {s}")} for s in spec["service_types"]
        ]
    if spec.get("confidential"):
        data["confidential"] = {"html": spec["confidential"]}
    if spec.get("client"):
        doc["client"] = data["client"] = dict(spec["client"])
    if spec.get("project"):
        project = store.get("project", spec["project"], company["id"])
        if project is not None:
            doc["project"] = data["project"] = {"id": project["id"], "name": project["name"]}
    doc["data"] = data
    return doc


@seeder(order=20)
def seed_templates(store: Store, company: dict[str, Any]) -> None:
    for spec in SEED.get(company["id"], []):
        store.put(TEMPLATE, spec["id"], company["id"], _build(store, company, spec))


def template_answer(ctx: Context, doc: dict[str, Any], detail: bool) -> dict[str, Any]:
    """The template as the API shows it: live names of its references, its work-order count."""
    out = dict(doc)
    if not detail:
        for key in DETAIL_ONLY:
            out.pop(key, None)
    project = (doc.get("project") or {}).get("id")
    if project is not None:
        found = ctx.store.get("project", project, ctx.company_id)
        if found is not None:
            out["project"] = {"id": found["id"], "name": found["name"]}
    out["work_orders"] = sum(
        1
        for wo in ctx.store.list(WORK_ORDER, ctx.company_id)
        if (wo.get("template") or {}).get("id") == doc["id"]
    )
    out["actions"] = list(ACTIONS)
    columns = ctx.query.get("columns")
    if columns:
        wanted = {c.strip() for c in columns.split(",") if c.strip()}
        out = {k: v for k, v in out.items() if k in wanted or k in ALWAYS}
    return out


@operation("list_templates")
def list_templates(ctx: Context) -> Reply:
    docs = sorted(ctx.store.list(TEMPLATE, ctx.company_id), key=lambda d: d["name"].lower())
    page, per_page = page_args(ctx)
    body = envelope(docs, page, per_page)
    body["results"] = [template_answer(ctx, d, detail=False) for d in body["results"]]
    if ctx.query.get("columns"):
        body["metadata"]["columns"] = ctx.query["columns"]
    return ok({**body, "actions": [], "params": []})


@operation("get_template")
def get_template(ctx: Context) -> Reply:
    tid = ctx.path["template_id"]
    doc = ctx.store.get(TEMPLATE, tid, ctx.company_id)
    if doc is None:
        raise ApiError(404, f"Template {tid} not found")
    return ok(template_answer(ctx, doc, detail=True))

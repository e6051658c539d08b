"""Work orders: create, list (filters, sort, pages, columns), get, update, cancel, status.

A create or update body may carry the work order's sections as Field Nation's model shows
them (contacts, tasks, custom field values, shipments, and bonuses/penalties inside `pay`);
they are added through each section's own code, so they behave exactly like the section
calls. An update with `status: work_done` marks an assigned work order's work done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson

from .. import lifecycle
from ..errors import ApiError
from ..indexes import work_order_query
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    created,
    date_obj,
    load_work_order,
    new_id,
    ok,
    page_args,
    save_work_order,
    status_name,
    user_ref,
    user_ref_of,
)

LISTS: dict[str, tuple[str, ...] | None] = {
    "workorders_all": None,
    "workorders_draft": (lifecycle.DRAFT,),
    "workorders_published_routed": lifecycle.OPEN,
    "workorders_assigned": (lifecycle.ASSIGNED,),
    "workorders_in_flight": (
        lifecycle.PUBLISHED,
        lifecycle.ROUTED,
        lifecycle.ASSIGNED,
        lifecycle.WORK_DONE,
    ),
    "workorders_work_done": (lifecycle.WORK_DONE,),
    "workorders_approved": (lifecycle.APPROVED, lifecycle.PAID),
    "workorders_problem": None,  # filtered on open problems below
}
LABELS = {
    "workorders_all": "All",
    "workorders_draft": "Draft",
    "workorders_published_routed": "Published / Routed",
    "workorders_assigned": "Assigned",
    "workorders_in_flight": "In flight",
    "workorders_work_done": "Work done",
    "workorders_approved": "Approved",
    "workorders_problem": "Problem",
}
ALWAYS = ("id", "work_order_id", "title", "status")
"""Fields every answer carries whatever `columns` asks for."""
SETTINGS = (
    "defaultTemplateId",
    "isUniversalTemplate",
    "ignore_template",
    "qualificationsEnabled",
    "smart_audit_rule_id",
    "auto_dispatch_rule",
    "equipments",
)
"""Playground model fields the sandbox stores and shows back as sent (no behaviour of theirs
is documented)."""


def _rich(value: Any) -> dict[str, Any]:
    return {"html": value} if isinstance(value, str) else {"html": value.get("html", "")}


def _types_of_work(
    ctx: Context, body: dict[str, Any], read: dict[tuple[str, str], Any] | None = None
) -> list[dict[str, Any]] | None:
    """The body's types of work as the work order shows them, or a 422; ``read``: documents
    already read (:meth:`Store.get_many`), the others are read here."""
    chosen = body.get("types_of_work")
    if chosen is None and body.get("type_of_work"):
        chosen = [{"id": body["type_of_work"]["id"], "isPrimary": True}]
    if chosen is None:
        return None
    out = []
    for i, item in enumerate(chosen):
        key = ("type_of_work", str(item["id"]))
        if read is not None and key in read:
            known = read[key]
        else:
            known = ctx.store.get("type_of_work", item["id"])
        if known is None:
            raise ApiError(
                422,
                f"types_of_work[{i}].id: type of work {item['id']} does not exist",
                [{"field": f"body.types_of_work.{i}.id", "message": "unknown type of work"}],
            )
        primary = bool(item.get("isPrimary", item.get("is_primary", i == 0)))
        out.append({"id": known["id"], "name": known["name"], "isPrimary": primary})
    return out


def _reference(
    ctx: Context, kind: str, ref: dict[str, Any] | None, field: str
) -> dict[str, Any] | None:
    """``{id, name}`` of a company-owned reference (client, project, template...), or a 422."""
    if not ref:
        return None
    doc = ctx.store.get(kind, ref["id"], ctx.company_id)
    if doc is None:
        raise ApiError(
            422,
            f"{field}.id: {kind.replace('_', ' ')} {ref['id']} does not exist",
            [{"field": f"body.{field}.id", "message": f"unknown {kind}"}],
        )
    return {"id": doc["id"], "name": doc.get("name") or doc.get("title") or str(doc["id"])}


def _type_keys(body: dict[str, Any]) -> list[tuple[str, object]]:
    """The types of work a body names, to read with the work order's other documents in one
    statement (a few; anything unusual is left to :func:`_types_of_work`)."""
    chosen = body.get("types_of_work")
    if chosen is None:
        single = body.get("type_of_work")
        chosen = [single] if single else None
    if not isinstance(chosen, list) or len(chosen) > 8:
        return []
    return [("type_of_work", t["id"]) for t in chosen if isinstance(t, dict) and "id" in t]


def apply_fields(
    ctx: Context,
    doc: dict[str, Any],
    body: dict[str, Any],
    read: dict[tuple[str, str], Any] | None = None,
) -> dict[str, Any]:
    """Copy the writable fields of a create/update body onto the work-order document;
    ``read``: documents already read (:meth:`Store.get_many`)."""
    if "template_id" in body and "template" not in body:  # the classification guide's spelling
        body = {**body, "template": {"id": body["template_id"]}}
    for key in (
        "title",
        "closing_notes",
        "incident_id",
        "require_ontime",
        "require_gps",
        "allow_counter_offers",
        "printable",
    ):
        if key in body:
            doc[key] = body[key]
    for key in ("description", "confidential"):
        if key in body:
            doc[key] = _rich(body[key])
    types = _types_of_work(ctx, body, read)
    if types is not None:
        doc["types_of_work"] = types
        primary = next((t for t in types if t["isPrimary"]), types[0])
        doc["type_of_work"] = {"id": primary["id"], "name": primary["name"], "isPrimary": True}
    for key, kind in (("client", "client"), ("project", "project"), ("template", "template")):
        if key in body:  # `"template": null` (legacy examples) clears it
            doc[key] = _reference(ctx, kind, body[key], key)
            if doc[key] is None:
                doc.pop(key)
    for key in SETTINGS:
        if key in body:
            doc[key] = body[key]
    if body.get("manager"):
        manager = ctx.store.get("user", body["manager"]["id"], ctx.company_id)
        if manager is None:
            raise ApiError(
                422,
                f"manager.id: user {body['manager']['id']} is not a user of this company",
                [{"field": "body.manager.id", "message": "unknown manager"}],
            )
        doc["manager"] = user_ref(ctx.store, manager["id"])
    if "service_types" in body:
        doc["service_types"] = [{"id": s["id"]} for s in body["service_types"]]
    if "site_revisit" in body:
        doc["site_revisit"] = body["site_revisit"]
    if "location" in body:
        from .location import build_location

        doc["location"] = build_location(ctx, body["location"], doc.get("location"), doc["id"])
    if "schedule" in body:
        from .schedule import build_schedule

        doc["schedule"] = build_schedule(
            ctx, body["schedule"], doc.get("schedule"), doc["id"], location=doc.get("location")
        )
        if "require_ontime" in body["schedule"] and "require_ontime" not in body:
            doc["require_ontime"] = body["schedule"]["require_ontime"]
    if "pay" in body:
        from .bonuses import add_modifiers
        from .pay import build_pay, sync_pay

        doc["pay"] = build_pay(ctx, body["pay"], doc.get("pay"), doc["id"])
        add_modifiers(ctx, doc, body["pay"], "body.pay")
        sync_pay(doc)
    add_sections(ctx, doc, body)
    return doc


@contextmanager
def _within(prefix: str) -> Iterator[None]:
    """Errors of a section's own create code, located inside the work-order body: a field
    ``body.carrier.other`` of the third shipment becomes ``body.shipments.results.2.carrier.other``."""
    try:
        yield
    except ApiError as exc:
        for error in exc.errors or []:
            if error.get("field", "").startswith("body."):
                error["field"] = prefix + error["field"].removeprefix("body")
        exc.message = f"{prefix.removeprefix('body.')}.{exc.message}" if exc.errors else exc.message
        raise


SECTIONS = ("custom_fields", "contacts", "tasks", "shipments")
"""The body fields :func:`add_sections` lands (an empty or absent one adds nothing)."""


def add_sections(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> None:
    """Land the sections a work-order body carries (playground model; contacts and
    custom-fields guides) in the work order, through each section's own code. Custom fields
    go first so that tasks of type 7 can name them, tasks before shipments that name a task."""
    if any(body.get(key) for key in SECTIONS):  # most bodies carry none
        _add_sections(ctx, doc, body)
    if doc.get("tasks"):  # tasks show the current values of custom fields and shipments
        from .tasks import refresh_tasks

        refresh_tasks(doc)


def _add_sections(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> None:
    from .contacts import add_contact
    from .custom_fields import check_value, find_custom_field
    from .shipments import add_shipment
    from .tasks import add_task

    for c, category in enumerate((body.get("custom_fields") or {}).get("results", [])):
        for i, item in enumerate(category.get("results", [])):
            where = f"body.custom_fields.results.{c}.results.{i}"
            try:
                field = find_custom_field(ctx, doc, item["id"])
            except ApiError:
                raise ApiError(
                    422,
                    f"{where.removeprefix('body.')}.id: custom field {item['id']} does not apply "
                    "to this work order",
                    [{"field": f"{where}.id", "message": "unknown custom field"}],
                ) from None
            try:
                field["value"] = check_value(field, item["value"])
            except ApiError as exc:  # the section's own check names `body.value`
                for error in exc.errors or []:
                    error["field"] = f"{where}.value"
                raise
    for i, item in enumerate((body.get("contacts") or {}).get("results", [])):
        with _within(f"body.contacts.results.{i}"):
            add_contact(ctx, doc, item)
    for i, item in enumerate((body.get("tasks") or {}).get("results", [])):
        add_task(ctx, doc, item, f"body.tasks.results.{i}.")
    for i, item in enumerate((body.get("shipments") or {}).get("results", [])):
        with _within(f"body.shipments.results.{i}"):
            add_shipment(ctx, doc, item)


def new_work_order(ctx: Context, body: dict[str, Any]) -> dict[str, Any]:
    return _new_work_order(ctx, body)[0]


def _new_work_order(ctx: Context, body: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """The new work order and its stored JSON bytes."""
    wo_id = new_id(ctx.store, WORK_ORDER, 1001)
    # the company, the user and the types of work named, in one statement
    read = ctx.store.get_many(
        [("company", ctx.company_id), ("user", ctx.user_id), *_type_keys(body)]
    )
    company = read[("company", str(ctx.company_id))] or {"id": ctx.company_id, "name": ""}
    stamp = date_obj(ctx.now)
    doc: dict[str, Any] = {
        "id": wo_id,
        "work_order_id": wo_id,
        "title": "",
        "status": lifecycle.status_object(lifecycle.DRAFT),
        "company": {"id": company["id"], "name": company["name"]},
        "manager": user_ref_of(read[("user", str(ctx.user_id))], ctx.user_id),
        "created": stamp,
        "updated": stamp,
        "milestones": {"created": stamp},
        "actions": lifecycle.actions(lifecycle.DRAFT),
    }
    apply_fields(ctx, doc, body, read)
    return doc, ctx.store.put_bytes(WORK_ORDER, wo_id, ctx.company_id, doc, new=True)


def select_columns(doc: dict[str, Any], columns: str | None) -> dict[str, Any]:
    if not columns:
        return doc
    wanted = {c.strip() for c in columns.split(",") if c.strip()}
    return {k: v for k, v in doc.items() if k in wanted or k in ALWAYS}


@operation("list_work_orders")
def list_work_orders(ctx: Context) -> Reply:
    q = ctx.query
    sort, order = q.get("sort", "id"), q.get("order", "desc")
    page, per_page = page_args(ctx)
    query = work_order_query(q, LISTS.get(q.get("list", "workorders_all")))
    offset, columns = (page - 1) * per_page, q.get("columns")
    results: list[Any]
    if columns:
        total, docs = ctx.store.page(WORK_ORDER, ctx.company_id, query, offset, per_page)
        results = [select_columns(d, columns) for d in docs]
    else:
        # The stored bytes are the document's compact JSON (sandbox.jsoncodec), the same JSON
        # the answer would encode it to again: splice them in rather than decode and re-encode
        # the page (orjson.loads was half of a list request).
        total, bodies = ctx.store.page_bodies(WORK_ORDER, ctx.company_id, query, offset, per_page)
        results = [orjson.Fragment(body) for body in bodies]
    body: dict[str, Any] = {
        "metadata": {
            "total": total,
            "page": page,
            "pages": -(-total // per_page),
            "per_page": per_page,
            "list": q.get("list", "workorders_all"),
            "view": q.get("view", "list"),
            "sort": sort,
            "order": order,
        },
        "results": results,
    }
    if q.get("columns"):
        body["metadata"]["columns"] = q["columns"]
    body["actions"] = ["add"]
    return ok(body)


@operation("create_work_order")
def create_work_order(ctx: Context) -> Reply:
    # the answer is the stored document: its stored bytes are the answer's JSON (see
    # list_work_orders), spliced in rather than encoded twice
    return created(orjson.Fragment(_new_work_order(ctx, ctx.body)[1]))


@operation("list_work_order_lists")
def list_work_order_lists(ctx: Context) -> Reply:
    names = {ident: name for name, ident in lifecycle.STATUS_IDS.items()}
    tally = ctx.store.tally(WORK_ORDER, ctx.company_id, "status_id")
    by_status = {names.get(ident, ""): n for ident, n in tally.items()}
    problems = ctx.store.tally(WORK_ORDER, ctx.company_id, "open_problem").get(1, 0)
    current = ctx.query.get("list", "workorders_all")
    tabs = []
    for name, label in LABELS.items():
        statuses = LISTS.get(name)
        if name == "workorders_problem":
            count = problems
        elif statuses is None:
            count = sum(by_status.values())
        else:
            count = sum(by_status.get(s, 0) for s in statuses)
        tabs.append({"id": name, "label": label, "count": count, "active": name == current})
    return ok(tabs)


@operation("get_work_order")
def get_work_order(ctx: Context) -> Reply:
    columns = ctx.query.get("columns")
    if columns:
        return ok(select_columns(load_work_order(ctx), columns))
    # the whole document: its stored bytes are the answer's JSON (see list_work_orders)
    wo_id = ctx.path.get("work_order_id")
    raw = ctx.store.get_bytes(WORK_ORDER, wo_id, ctx.company_id)
    if raw is None:
        raise ApiError(404, f"Work order {wo_id} not found")
    return ok(orjson.Fragment(raw))


@operation("update_work_order")
def update_work_order(ctx: Context) -> Reply:
    from .workflow import mark_work_done

    doc = load_work_order(ctx)
    if status_name(doc) not in lifecycle.EDITABLE:
        raise ApiError(
            409, f"Work order {doc['id']} is {status_name(doc)} and can no longer be edited"
        )
    body = ctx.body
    if body.get("status") == "work_done":  # the playground's example: mark the work done
        lifecycle.check("work_done", doc["id"], status_name(doc))
    apply_fields(ctx, doc, body)
    if body.get("status") == "work_done":
        doc = mark_work_done(ctx, doc)
    return ok(save_work_order(ctx, doc))


@operation("delete_work_order")
def delete_work_order(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    body = ctx.body or {}
    reason = body.get("cancel_reason", ctx.query.get("cancel_reason"))
    if reason is None:
        raise ApiError(
            400,
            "A cancel_reason is required (query parameter or body)",
            [{"field": "query.cancel_reason", "message": "required"}],
        )
    transition = lifecycle.check("cancel", doc["id"], status_name(doc))
    doc["status"] = lifecycle.status_object(lifecycle.CANCELLED)
    doc.setdefault("milestones", {})[transition.milestone or "canceled"] = date_obj(ctx.now)
    doc["cancel_reason"] = str(reason)
    doc["actions"] = lifecycle.actions(lifecycle.CANCELLED)
    if doc.get("assignee"):
        doc["assignee"]["actions"] = lifecycle.assignee_actions(lifecycle.CANCELLED)
    return ok(save_work_order(ctx, doc))


@operation("get_work_order_status")
def get_work_order_status(ctx: Context) -> Reply:
    return ok(load_work_order(ctx)["status"])


@seeder(order=90)
def seed_work_orders(store: Store, company: dict[str, Any]) -> None:
    """A few work orders per company, in different statuses, built like API-created ones."""
    from .workflow import move, set_routed

    staff = company["staff"][0]["id"]
    plans = [
        ("Replace POS terminal at store 42", []),
        ("Install network switch in back office", ["publish"]),
        ("Quarterly printer maintenance", ["route"]),
        ("Mount digital signage", ["assign"]),
        ("Repair walk-in cooler thermostat", ["assign", "work_done"]),
        ("Upgrade firmware on kiosks", ["assign", "work_done", "approve"]),
    ]
    for title, steps in plans:
        ctx = Context(
            store=store,
            operation_id="seed",
            company_id=company["id"],
            user_id=staff,
            path={},
            query={},
            body=None,
        )
        body = {
            "title": f"{title} ({company['name'].split()[0]})",
            "description": {"html": f"<p>{title}.</p>"},
        }
        doc = new_work_order(ctx, body)
        for step in steps:
            doc = move(ctx, doc, step, provider_id=9001)
            if step == "route":  # a routed work order names the provider it is routed to
                set_routed(ctx, doc["id"], [9001])
        store.put(WORK_ORDER, doc["id"], company["id"], doc)

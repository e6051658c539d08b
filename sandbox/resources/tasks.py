"""Work-order tasks and their alerts: list, add, bulk update, get, change, remove.

Tasks live in the work order at ``tasks`` (newest first; the list call shows them by phase).
Each task type needs its own detail: a phone number (8), an email address (9), one of the
work order's custom fields (7), a file to download (13), optionally a folder to upload into
(5, 6). Alerts are email addresses "sent" when the task is completed.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    add_item,
    date_obj,
    find_item,
    load_work_order,
    new_id,
    ok,
    save_work_order,
    section,
    status_name,
    user_ref,
)
from ._section import Section, register

PATH = ("tasks",)
GROUPS = {"prep": "Pre Work", "onsite": "Work", "post": "Post Work"}
TYPES: dict[int, tuple[str, str, str]] = {
    1: ("eta", "Set ETA", "Set"),
    2: ("closing_notes", "Enter close out notes", "Enter"),
    3: ("checkin", "Check in", "Check in"),
    4: ("checkout", "Check out", "Check out"),
    5: ("upload_file", "Upload a file", "Upload"),
    6: ("upload_picture", "Upload or take a picture", "Upload"),
    7: ("custom_field", "Fill out custom field", "Fill out"),
    8: ("phone", "Call phone number", "Call"),
    9: ("email", "Send an e-mail", "Email"),
    10: ("unique", "Unique/Custom task", "Complete"),
    11: ("signature", "Collect a signature", "Collect"),
    12: ("shipment", "Enter shipment tracking", "Enter"),
    13: ("download", "Download file", "Download"),
}
DETAILS = ("phone", "email", "custom_field", "attachment", "attachments", "closing_notes")
"""Type-specific properties, dropped when a task changes type."""
CLOSED = (lifecycle.APPROVED, lifecycle.PAID, lifecycle.CANCELLED, lifecycle.DELETED)


CUSTOM_TASK = 10  # the type of a task created without one (the tasks guide sends none)


def _group_id(given: Any, field: str) -> str:
    """The phase ID from ``{id}`` (older reference) or a plain string (tasks guide): a phase
    ID or its display name; other names are a 422."""
    if isinstance(given, dict):
        return str(given["id"])
    text = str(given).strip()
    for ident, label in GROUPS.items():
        if text.lower() in (ident, label.lower()):
            return ident
    raise _bad(
        field,
        f"unknown phase {text!r} (one of {', '.join(GROUPS)} or {', '.join(GROUPS.values())})",
    )


def _bad(field: str, message: str, status: int = 422) -> ApiError:
    return ApiError(
        status, f"{field.removeprefix('body.')}: {message}", [{"field": field, "message": message}]
    )


def _folders(doc: dict[str, Any]) -> list[dict[str, Any]]:
    folders = (doc.get("attachments") or {}).get("results")
    return folders if isinstance(folders, list) else []


def _custom_field(doc: dict[str, Any], ident: object) -> dict[str, Any] | None:
    for category in (doc.get("custom_fields") or {}).get("results", []):
        for field in category.get("results", []):
            if str(field.get("id")) == str(ident):
                return dict(field)
    return None


def _details(
    ctx: Context, doc: dict[str, Any], task: dict[str, Any], body: dict[str, Any], prefix: str
) -> None:
    """Check and store what the task's type needs (400 when missing, 422 when unknown)."""
    type_id = task["type"]["id"]
    for key in ("phone", "email"):
        if key in body:
            task[key] = body[key]
    needs = {8: "phone", 9: "email", 7: "custom_field", 13: "attachment"}.get(type_id)
    if needs and not task.get(needs) and needs not in body:
        raise _bad(
            f"{prefix}{needs}", f"required for a task of type {type_id} ({TYPES[type_id][1]})", 400
        )
    if type_id == 7 and "custom_field" in body:
        from .custom_fields import sync_custom_fields

        sync_custom_fields(ctx, doc)
        found = _custom_field(doc, body["custom_field"]["id"])
        if found is None:
            raise _bad(
                f"{prefix}custom_field.id",
                f"custom field {body['custom_field']['id']} does not exist on this work order",
            )
        task["custom_field"] = found
    if type_id in (5, 6) and "attachments" in body:
        folder = next((f for f in _folders(doc) if f.get("id") == body["attachments"]["id"]), None)
        if folder is None:
            raise _bad(
                f"{prefix}attachments.id",
                f"attachment folder {body['attachments']['id']} does not exist on this work order",
            )
        task["attachments"] = {
            k: v for k, v in folder.items() if k not in ("results", "metadata", "task")
        }
    if type_id == 13 and "attachment" in body:
        files = [a for f in _folders(doc) for a in (f.get("results") or [])]
        found = next((a for a in files if a.get("id") == body["attachment"]["id"]), None)
        if found is None:
            raise _bad(
                f"{prefix}attachment.id",
                f"attachment {body['attachment']['id']} does not exist on this work order",
            )
        task["attachment"] = {k: v for k, v in found.items() if k != "task"}


def _set_type(task: dict[str, Any], type_id: int) -> None:
    if task.get("type", {}).get("id") not in (None, type_id):
        for key in DETAILS:
            task.pop(key, None)
    key, name, _ = TYPES[type_id]
    task["type"] = {"id": type_id, "key": key, "name": name}
    task["description"] = name


def _set_alerts(ctx: Context, task: dict[str, Any], alerts: list[dict[str, Any]]) -> None:
    existing = {a["email"].lower(): a for a in task.get("alerts", [])}
    task["alerts"] = []
    for alert in alerts:
        kept = existing.pop(alert["email"].lower(), None)
        task["alerts"].append(
            kept
            or {"id": new_id(ctx.store, "task_alert", 51), "email": alert["email"], "sent": None}
        )


def _set_status(ctx: Context, doc: dict[str, Any], task: dict[str, Any], status: str) -> None:
    if status == task.get("status"):
        return
    task["status"] = status
    if status == "incomplete":
        task["completed"] = None
        return
    stamp = date_obj(ctx.now)
    user = user_ref(ctx.store, ctx.user_id)
    name = (
        " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p)
        or f"User {ctx.user_id}"
    )
    assignee = ((doc.get("assignee") or {}).get("user") or {}).get("id")
    task["completed"] = {
        **stamp,
        "by": {"id": ctx.user_id, "name": name, "assigned": assignee == ctx.user_id},
    }
    for alert in task.get("alerts", []):
        alert["sent"] = stamp["utc"]


def _apply(
    ctx: Context,
    doc: dict[str, Any],
    task: dict[str, Any],
    body: dict[str, Any],
    prefix: str = "body.",
) -> None:
    if "type" in body:
        _set_type(task, body["type"]["id"])
    for key in ("label", "description"):
        if key in body:
            task[key] = body[key]
    if not task.get("label"):
        task["label"] = task["type"]["name"]
    if "alerts" in body:
        _set_alerts(ctx, task, body["alerts"])
    if "required" in body:
        task["required"] = body["required"]
    _details(ctx, doc, task, body, prefix)
    status = body.get("status")
    if "completed" in body:  # the tasks guide's form of status
        wanted = "complete" if body["completed"] else "incomplete"
        if status is not None and status != wanted:
            raise _bad(f"{prefix}completed", "disagrees with status")
        status = wanted
    if status is not None:
        _set_status(ctx, doc, task, status)
    refresh_task(doc, task)


def refresh_task(doc: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]:
    """Derived parts: descriptions, live custom-field value, closing notes, actions."""
    type_id = task["type"]["id"]
    if type_id == 7 and task.get("custom_field"):
        task["custom_field"] = (
            _custom_field(doc, task["custom_field"]["id"]) or task["custom_field"]
        )
    if type_id == 2 and doc.get("closing_notes"):
        task["closing_notes"] = doc["closing_notes"]
    second = (
        task.get("phone") or task.get("email") or (task.get("custom_field") or {}).get("name") or ""
    )
    task["descriptions"] = {
        "task": task.get("label") or task["type"]["name"],
        "first": TYPES[type_id][2],
        "second": second,
    }
    if status_name(doc) in CLOSED:
        task["actions"] = []
    elif task.get("status") == "complete":
        task["actions"] = ["incomplete", "edit", "alerts"]
    else:
        task["actions"] = ["complete", "edit", "delete", "alerts"]
    return task


def refresh_tasks(doc: dict[str, Any]) -> dict[str, Any]:
    """Every task refreshed, with the list's metadata and actions."""
    tasks = section(doc, *PATH)
    for task in tasks["results"]:
        refresh_task(doc, task)
    total = len(tasks["results"])
    tasks["metadata"] = {
        "total": total,
        "page": 1,
        "pages": 1 if total else 0,
        "per_page": max(total, 25),
    }
    tasks["actions"] = [] if status_name(doc) in CLOSED else ["add"]
    return tasks


def _save(ctx: Context, doc: dict[str, Any]) -> Reply:
    refresh_tasks(doc)
    return ok(save_work_order(ctx, doc))


@operation("list_work_order_tasks")
def list_work_order_tasks(ctx: Context) -> Reply:
    tasks = refresh_tasks(load_work_order(ctx))
    order = list(GROUPS)
    tasks["results"].sort(key=lambda t: order.index(t["group"]["id"]))
    return ok(tasks)


def _build(
    ctx: Context, doc: dict[str, Any], body: dict[str, Any], prefix: str = "body."
) -> dict[str, Any]:
    group = _group_id(body["group"], f"{prefix}group")
    task: dict[str, Any] = {
        "id": new_id(ctx.store, "task", 8600),
        "work_order_id": doc["id"],
        "group": {"id": group, "label": GROUPS[group]},
        "status": "incomplete",
        "alerts": [],
        "created": date_obj(ctx.now),
        "author": user_ref(ctx.store, ctx.user_id),
        "completed": None,
    }
    _set_type(task, (body.get("type") or {}).get("id", CUSTOM_TASK))
    _apply(ctx, doc, task, {k: v for k, v in body.items() if k not in ("group", "type")}, prefix)
    return task


def _show(doc: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]:
    task.setdefault("work_order_id", doc["id"])
    return refresh_task(doc, task)


TASKS = register(
    Section(
        path=PATH,
        name="task",
        calls=("create", "get", "update", "delete"),
        what="Task",
        id_param="task_id",
        closed=CLOSED,
        sync=lambda _ctx, doc: refresh_tasks(doc),
        build=_build,
        apply=_apply,
        show=_show,
    )
)


def add_task(
    ctx: Context, doc: dict[str, Any], body: dict[str, Any], prefix: str = "body."
) -> dict[str, Any]:
    """Add one ``TaskInput`` to the work order's tasks (the caller saves the work order); used
    by work-order create/update bodies. ``prefix`` names the body field in error messages."""
    return TASKS.add(ctx, doc, body, prefix=prefix)


@operation("update_work_order_tasks")
def update_work_order_tasks(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    items = ctx.body["tasks"]
    tasks = section(doc, *PATH)["results"]
    by_id = {t["id"]: t for t in tasks}
    for i, item in enumerate(items):
        if item["id"] not in by_id:
            raise _bad(
                f"body.tasks.{i}.id", f"task {item['id']} is not a task of work order {doc['id']}"
            )
    TASKS.guard(doc)
    for i, item in enumerate(items):
        _apply(
            ctx,
            doc,
            by_id[item["id"]],
            {k: v for k, v in item.items() if k != "id"},
            f"body.tasks.{i}.",
        )
    return _save(ctx, doc)


@operation("delete_work_order_task_alerts")
def delete_work_order_task_alerts(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    find_item(doc, PATH, ctx.path["task_id"], "Task")["alerts"] = []
    return _save(ctx, doc)


@operation("delete_work_order_task_alert")
def delete_work_order_task_alert(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    task = find_item(doc, PATH, ctx.path["task_id"], "Task")
    alert_id = ctx.path["alert_id"]
    if not any(a["id"] == alert_id for a in task.get("alerts", [])):
        raise ApiError(404, f"Alert {alert_id} not found on task {task['id']}")
    task["alerts"] = [a for a in task["alerts"] if a["id"] != alert_id]
    return _save(ctx, doc)


SEED_TASKS = [
    ("prep", 1, "Confirm the arrival time"),
    ("onsite", 4, ""),
    ("onsite", 3, ""),
    ("post", 2, ""),
]
"""In creation order; lists show a phase's newest task first, so check-out is created before
check-in to read ETA, check in, check out, closing notes."""
DONE = (lifecycle.WORK_DONE, lifecycle.APPROVED, lifecycle.PAID)
SEED_ALERT_EMAIL = {501: "alerts@northstar-retail.example"}
"""The seeded alert's address where the spec's examples name it (task 8600, alert 51): the
example update of that task sends it again, so the alert keeps its id and the example delete
finds it."""


@seeder(order=96)
def seed_tasks(store: Store, company: dict[str, Any]) -> None:
    """The usual ETA / check-in / check-out / closing-notes tasks on each seeded work order;
    completed by the provider where the work is done."""
    staff = company["staff"][0]["id"]
    first_alert = True
    for doc in sorted(store.list(WORK_ORDER, company["id"]), key=lambda d: d["id"]):
        assignee = ((doc.get("assignee") or {}).get("user") or {}).get("id")
        ctx = Context(
            store=store,
            operation_id="seed",
            company_id=company["id"],
            user_id=assignee or staff,
            path={},
            query={},
            body=None,
        )
        for group, type_id, label in SEED_TASKS:
            task: dict[str, Any] = {
                "id": new_id(store, "task", 8600),
                "work_order_id": doc["id"],
                "group": {"id": group, "label": GROUPS[group]},
                "status": "incomplete",
                "alerts": [],
                "created": doc["created"],
                "author": user_ref(store, staff),
                "completed": None,
                "label": label,
            }
            _set_type(task, type_id)
            if not label:
                task["label"] = task["type"]["name"]
            if first_alert:  # one alert, on the company's first task (the spec's examples)
                email = SEED_ALERT_EMAIL.get(company["id"]) or (
                    (store.get("user", staff) or {}).get("email", "dispatch@example.com")
                )
                task["alerts"] = [
                    {"id": new_id(store, "task_alert", 51), "email": email, "sent": None}
                ]
                first_alert = False
            if status_name(doc) in DONE and assignee:
                _set_status(ctx, doc, task, "complete")
            add_item(doc, PATH, task)
        refresh_tasks(doc)
        store.put(WORK_ORDER, doc["id"], company["id"], doc)

"""Work-order contacts: list, add, change, remove.

Contacts live in the work order at ``contacts`` (newest first). The work order manager is
listed too, as a built-in contact with a negative id that these calls cannot change.
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
    created,
    envelope,
    find_item,
    load_work_order,
    new_id,
    ok,
    page_args,
    remove_item,
    save_work_order,
    section,
    status_name,
)

PATH = ("contacts",)
MANAGER_ID = -2
MANAGER_ROLE = "Work order manager"
FIELDS = ("role", "name", "email", "phone", "ext", "notes")
CLOSED = (lifecycle.APPROVED, lifecycle.PAID, lifecycle.CANCELLED, lifecycle.DELETED)


def _manager_contact(doc: dict[str, Any]) -> dict[str, Any] | None:
    manager = doc.get("manager") or {}
    if not manager.get("id"):
        return None
    name = " ".join(p for p in (manager.get("first_name"), manager.get("last_name")) if p)
    return {
        "id": MANAGER_ID,
        "role": MANAGER_ROLE,
        "name": name or f"User {manager['id']}",
        "email": manager.get("email", ""),
        "phone": manager.get("phone", ""),
        "ext": "",
        "notes": "",
    }


def sync_contacts(doc: dict[str, Any]) -> dict[str, Any]:
    """The contacts section with the manager's built-in contact (last, refreshed)."""
    contacts = section(doc, *PATH)
    results = [c for c in contacts["results"] if c.get("id") != MANAGER_ID]
    manager = _manager_contact(doc)
    if manager is not None:
        results.append(manager)
    contacts["results"] = results
    total = len(results)
    contacts["metadata"] = {
        "total": total,
        "page": 1,
        "pages": 1 if total else 0,
        "per_page": max(total, 25),
    }
    contacts["actions"] = ["edit"] if status_name(doc) not in CLOSED else []
    return contacts


def _writable(doc: dict[str, Any]) -> None:
    if status_name(doc) in CLOSED:
        raise ApiError(
            409,
            f"Work order {doc['id']} is {status_name(doc)}; its contacts can no longer be changed",
        )


@operation("list_work_order_contacts")
def list_work_order_contacts(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    contacts = sync_contacts(doc)
    page, per_page = page_args(ctx)
    body = envelope(contacts["results"], page, per_page)
    body["actions"] = contacts["actions"]
    return ok(body)


def add_contact(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Add one ``ContactInput`` to the work order's contacts (the caller saves the work order);
    used by this section's create call and by work-order create/update bodies."""
    _writable(doc)
    contact: dict[str, Any] = {"id": new_id(ctx.store, "contact", 610)}
    for key in FIELDS:
        contact[key] = body.get(key, "")
    sync_contacts(doc)
    add_item(doc, PATH, contact)
    sync_contacts(doc)
    return contact


@operation("create_work_order_contact")
def create_work_order_contact(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    add_contact(ctx, doc, ctx.body)
    return created(save_work_order(ctx, doc))


@operation("update_work_order_contact")
def update_work_order_contact(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    contact = find_item(doc, PATH, ctx.path["contact_id"], "Contact")
    _writable(doc)
    for key in FIELDS:
        if key in ctx.body:
            contact[key] = ctx.body[key]
    sync_contacts(doc)
    return ok(save_work_order(ctx, doc))


@operation("delete_work_order_contact")
def delete_work_order_contact(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    find_item(doc, PATH, ctx.path["contact_id"], "Contact")
    _writable(doc)
    remove_item(doc, PATH, ctx.path["contact_id"], "Contact")
    sync_contacts(doc)
    return ok(save_work_order(ctx, doc))


SEED_CONTACTS = [
    (
        "Location Contact",
        "Maria Lopez",
        "maria.lopez@{domain}",
        "+1-612-555-0143",
        "12",
        "Store manager, available 8am-5pm weekdays.",
    ),
    (
        "Technical help",
        "IT Help Desk",
        "helpdesk@{domain}",
        "+1-800-555-0199",
        "",
        "Open 24/7; quote the work order id.",
    ),
]


@seeder(order=95)
def seed_contacts(store: Store, company: dict[str, Any]) -> None:
    """A location contact and a help desk on each seeded work order."""
    domain = company["staff"][0]["email"].split("@", 1)[1]
    for doc in store.list(WORK_ORDER, company["id"]):
        for role, name, email, phone, ext, notes in SEED_CONTACTS:
            contact = {
                "id": new_id(store, "contact", 610),
                "role": role,
                "name": name,
                "email": email.format(domain=domain),
                "phone": phone,
                "ext": ext,
                "notes": notes,
            }
            add_item(doc, PATH, contact)
        sync_contacts(doc)
        store.put(WORK_ORDER, doc["id"], company["id"], doc)

"""Work-order contacts: list, add, change, remove (the generic section calls).

Contacts live in the work order at ``contacts`` (newest first). The work order manager is
listed too, as a built-in contact with a negative id that these calls cannot change.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..registry import Context, seeder
from ..store import Store
from ._common import WORK_ORDER, add_item, new_id, section, status_name
from ._section import Section, register

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


CONTACTS = register(
    Section(
        path=PATH,
        name="contact",
        calls=("list", "create", "update", "delete"),
        what="Contact",
        id_param="contact_id",
        id_kind="contact",
        id_start=610,
        fields=FIELDS,
        closed=CLOSED,
        sync=lambda _ctx, doc: sync_contacts(doc),
    )
)


def add_contact(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Add one ``ContactInput`` to the work order's contacts (the caller saves the work order);
    used by work-order create/update bodies."""
    return CONTACTS.add(ctx, doc, body)


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

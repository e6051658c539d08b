"""Types of work and their service types: Field Nation's global taxonomy (company 0).

Kinds: ``type_of_work`` ``{id, name, industry, description, idv4}`` and ``service_type``
``{id, name, type_of_work_ids}`` (a service type such as "Installation" is offered under
several types of work).
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import envelope, ok, page_args

TYPE_OF_WORK = "type_of_work"
SERVICE_TYPE = "service_type"
IT = "Information Technology / Communications"
BUILDING = "Construction / Building Services"

TYPES_OF_WORK: list[tuple[int, str, str, str]] = [
    (55, "Desktop & Laptop Support", IT, "Imaging, repair and replacement of end-user computers."),
    (62, "Point of Sale", IT, "Terminals, receipt printers, scanners and payment devices."),
    (71, "Networking", IT, "Switches, routers, wireless access points and firewalls."),
    (80, "HVAC", BUILDING, "Heating, ventilation and air conditioning equipment."),
    (
        90,
        "Low Voltage Cabling",
        IT,
        "Structured cabling, cable runs, terminations and certification.",
    ),
    (104, "Electrical", BUILDING, "Lighting, circuits, panels and fixtures."),
    (110, "Digital Signage", IT, "Displays, media players and mounts for in-store signage."),
    (115, "Kiosk", IT, "Self-service kiosks and their peripherals."),
    (120, "Printers & Copiers", IT, "Office printers, multifunction devices and copiers."),
    (130, "Security Systems", IT, "CCTV cameras, NVRs, access control and alarm panels."),
    (
        140,
        "Retail Merchandising",
        "Retail Services",
        "Resets, fixtures, planograms and store audits.",
    ),
    (150, "Refrigeration", BUILDING, "Walk-in coolers, freezers and reach-in cases."),
]

SERVICE_TYPES: list[tuple[int, str, list[int]]] = [
    (3, "Installation", [55, 62, 71, 80, 90, 104, 110, 115, 120, 130, 150]),
    (4, "Troubleshooting", [55, 62, 71, 80, 104, 110, 115, 120, 130, 150]),
    (5, "Maintenance", [62, 80, 115, 120, 130, 150]),
    (6, "Site Survey", [71, 80, 90, 104, 110, 130, 140]),
    (7, "De-installation", [55, 62, 71, 110, 115, 120, 130]),
    (8, "Upgrade", [55, 62, 71, 115, 130]),
    (9, "Repair", [55, 62, 80, 104, 115, 120, 150]),
    (10, "Cable Run", [71, 90, 130]),
    (11, "Store Reset", [140]),
    (12, "Audit", [62, 140]),
]


def type_of_work_ref(store: Store, ident: object) -> dict[str, Any] | None:
    """``{id, name, industry}`` of a type of work, or None when unknown."""
    doc = store.get(TYPE_OF_WORK, ident)
    return (
        None if doc is None else {"id": doc["id"], "name": doc["name"], "industry": doc["industry"]}
    )


@seeder(order=10)
def seed_types_of_work(store: Store, company: dict[str, Any]) -> None:
    if store.get(TYPE_OF_WORK, TYPES_OF_WORK[0][0]) is not None:
        return  # global taxonomy: seeded once, not per company
    for ident, name, industry, description in TYPES_OF_WORK:
        doc = {
            "id": ident,
            "name": name,
            "industry": industry,
            "description": description,
            "idv4": 1000 + ident,
        }
        store.put(TYPE_OF_WORK, ident, 0, doc)
    for ident, name, types in SERVICE_TYPES:
        store.put(SERVICE_TYPE, ident, 0, {"id": ident, "name": name, "type_of_work_ids": types})


@operation("list_types_of_work")
def list_types_of_work(ctx: Context) -> Reply:
    docs = sorted(ctx.store.list(TYPE_OF_WORK), key=lambda d: d["name"].lower())
    items = [{k: d[k] for k in ("id", "name", "industry", "description") if k in d} for d in docs]
    page, per_page = page_args(ctx)
    return ok({**envelope(items, page, per_page), "actions": [], "params": []})


@operation("list_service_types")
def list_service_types(ctx: Context) -> Reply:
    tow_id = ctx.path["type_of_work_id"]
    if ctx.store.get(TYPE_OF_WORK, tow_id) is None:
        raise ApiError(404, f"Type of work {tow_id} not found")
    docs = [d for d in ctx.store.list(SERVICE_TYPE) if tow_id in d.get("type_of_work_ids", [])]
    items = [{"id": d["id"], "name": d["name"]} for d in sorted(docs, key=lambda d: d["id"])]
    page, per_page = page_args(ctx)
    return ok(envelope(items, page, per_page))

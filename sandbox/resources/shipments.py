"""Work-order shipments: list, record, change, remove (the generic section calls).

Shipments live in the work order at ``shipments`` (newest first). Input aliases from the
guide (``to_site``, ``delivered``, ``tracking_number``) are normalised to the API's values.
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, seeder
from ..store import Store
from ._common import acting_user as shared_acting_user
from ._common import date_obj, new_id, section, user_ref
from ._section import Section, register
from ._seeding import first_work_order, seed_call

PATH = ("shipments",)
STATUS_ALIASES = {
    "pending": "New",
    "in_transit": "En Route",
    "delayed": "En Route",
    "delivered": "Arrived",
}
TRACKING_LINKS = {
    "fedex": "https://www.fedex.com/fedextrack/?trknbr={}",
    "ups": "https://www.ups.com/track?tracknum={}",
    "usps": "https://tools.usps.com/go/TrackConfirmAction?tLabels={}",
}
OTHER_LOCATION = "to other location"


def acting_user(ctx: Context) -> dict[str, Any]:
    """The user the write is recorded for (a user of the company), as a reference."""
    return user_ref(ctx.store, shared_acting_user(ctx)["id"])


def _task(doc: dict[str, Any], body: dict[str, Any]) -> dict[str, int] | None:
    """The task named by ``task_id`` / ``task.id`` (0 means none), checked against the work order."""
    task_id = body["task"]["id"] if "task" in body else body.get("task_id")
    if not task_id:
        return None
    if not any(t.get("id") == task_id for t in section(doc, "tasks")["results"]):
        field = "body.task.id" if "task" in body else "body.task_id"
        raise ApiError(
            422,
            f"{field.removeprefix('body.')}: task {task_id} is not a task of work order {doc['id']}",
            [{"field": field, "message": "unknown task"}],
        )
    return {"id": task_id}


def _carrier(current: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    carrier = dict(current)
    for key in ("name", "other", "tracking"):
        if key in given:
            carrier[key] = given[key]
    if carrier.get("name") != "other":
        carrier.pop("other", None)
    link = TRACKING_LINKS.get(carrier.get("name", ""))
    if link and carrier.get("tracking"):
        carrier["link_href"] = link.format(carrier["tracking"])
    else:
        carrier.pop("link_href", None)
    return carrier


def _set_status(ctx: Context, shipment: dict[str, Any], value: str) -> None:
    status = STATUS_ALIASES.get(value, value)
    carrier = shipment.setdefault("carrier", {})
    if status == "Arrived" and shipment.get("status") != "Arrived":
        carrier["arrived"] = date_obj(ctx.now)
    elif status != "Arrived":
        carrier.pop("arrived", None)
    shipment["status"] = status


def _apply(
    ctx: Context, doc: dict[str, Any], shipment: dict[str, Any], body: dict[str, Any]
) -> None:
    for key in ("description", "name"):  # the guide names it `description`
        if key in body:
            shipment["name"] = body[key]
    if "direction" in body:
        shipment["direction"] = body["direction"].replace("_", " ")
    carrier_in = dict(body.get("carrier") or {})
    if "name" in carrier_in:  # case-insensitive per the guide (`FedEx`)
        carrier_in["name"] = carrier_in["name"].lower()
    if "tracking_number" in body:
        carrier_in["tracking"] = body["tracking_number"]
    if carrier_in or "carrier" not in shipment:
        shipment["carrier"] = _carrier(shipment.get("carrier") or {}, carrier_in)
    if shipment["carrier"].get("name") == "other" and not shipment["carrier"].get("other"):
        raise ApiError(
            400,
            "carrier.other: name the carrier when carrier.name is other",
            [{"field": "body.carrier.other", "message": "required"}],
        )
    if "location" in body:
        shipment["location"] = body["location"]
    if shipment.get("direction") == OTHER_LOCATION and not shipment.get("location"):
        raise ApiError(
            400,
            "location: required when direction is 'to other location'",
            [{"field": "body.location", "message": "required"}],
        )
    if "task" in body or "task_id" in body:
        task = _task(doc, body)
        if task is None:
            shipment.pop("task", None)
        else:
            shipment["task"] = task
    if "status" in body:
        _set_status(ctx, shipment, body["status"])


def _listing(doc: dict[str, Any]) -> dict[str, Any]:
    shipments = section(doc, *PATH)
    shipments["actions"] = ["add"]
    return shipments


def _build(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    shipment: dict[str, Any] = {
        "id": new_id(ctx.store, "shipment", 201),
        "user": acting_user(ctx),
        "status": "New",
    }
    _apply(ctx, doc, shipment, body)
    shipment["created"] = date_obj(ctx.now)
    shipment["actions"] = ["edit", "delete"]
    return shipment


SHIPMENTS = register(
    Section(
        path=PATH,
        name="shipment",
        calls=("list", "create", "update", "delete"),
        what="Shipment",
        id_param="shipment_id",
        paged=False,
        sync=lambda _ctx, doc: _listing(doc),
        build=_build,
        apply=_apply,
        check=lambda ctx, _doc: acting_user(ctx),
    )
)


def add_shipment(ctx: Context, doc: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Add one ``ShipmentInput`` to the work order's shipments (the caller saves the work
    order); used by work-order create/update bodies."""
    return SHIPMENTS.add(ctx, doc, body)


@seeder(order=98)
def seed_shipments(store: Store, company: dict[str, Any]) -> None:
    """An inbound shipment on the first draft work order (the spec's examples name it)."""
    doc = first_work_order(store, company, lifecycle.DRAFT)
    if doc is not None:
        body = {
            "name": "Replacement POS terminal",
            "direction": "to site",
            "carrier": {"name": "fedex", "tracking": "123456789012"},
        }
        seed_call(store, company, doc, "create_work_order_shipment", body)

"""Saved (stored) locations of the company (kind ``stored_location``, integer ids).

The document is the spec's full ``StoredLocation``; the work-order location module reads it
when a work order points at a saved location (and may create some itself, sharing the id
counter). The time zone is derived on read from the state, as for work-order locations.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Doc, Store
from ._common import created, date_obj, envelope, new_id, ok, page_args, parse_time
from .location import LOCATION_TYPES, time_zone

STORED = "stored_location"
LIST_OMITS = ("attributes", "contact", "notes")


def _ref_ok(ref: Any) -> bool:
    return isinstance(ref, dict) and isinstance(ref.get("id"), int) and ref["id"] >= 1


def public(ctx: Context, doc: Doc) -> dict[str, Any]:
    out = {k: v for k, v in doc.items() if not k.startswith("_")}
    for key in ("type", "group", "client", "company"):
        if key in out and not _ref_ok(out[key]):
            out.pop(key)
    tz = time_zone(doc, ctx.now)
    if tz["id"] >= 1:
        out["time_zone"] = tz
    elif not _ref_ok(out.get("time_zone")):
        out.pop("time_zone", None)
    out["actions"] = ["edit"]
    return out


@operation("list_stored_locations")
def list_stored_locations(ctx: Context) -> Reply:
    page, per_page = page_args(ctx)
    docs = [d for d in ctx.store.list(STORED, ctx.company_id) if d.get("active", True)]
    body = envelope(docs, page, per_page)
    body["results"] = [
        {k: v for k, v in public(ctx, d).items() if k not in LIST_OMITS} for d in body["results"]
    ]
    return ok(body)


def _ref_id(value: Any) -> int:
    return int(value["id"]) if isinstance(value, dict) else int(value)


def _group(ctx: Context, name: str) -> dict[str, Any]:
    """The company's location group of that name, or a new group id for it."""
    for doc in ctx.store.list(STORED, ctx.company_id):
        group = doc.get("group") or {}
        if _ref_ok(group) and str(group.get("name", "")).lower() == name.lower():
            return {"id": group["id"], "name": group["name"]}
    return {"id": new_id(ctx.store, "location_group", 100), "name": name}


@operation("create_stored_location")
def create_stored_location(ctx: Context) -> Reply:
    body = ctx.body
    doc: Doc = {"name": body["name"], "display_name": body.get("display_name") or body["name"]}
    for key in ("address1", "address2", "city", "state", "zip"):
        if key in body:
            doc[key] = body[key]
    country = body["country"].upper()
    doc["country"] = {"USA": "US", "CAN": "CA"}.get(country, country)
    type_id = _ref_id(body["type"]) if "type" in body else 1
    if type_id not in LOCATION_TYPES:
        raise ApiError(
            422,
            f"type: location type {type_id} does not exist (known: {sorted(LOCATION_TYPES)})",
            [{"field": "body.type", "message": "unknown location type"}],
        )
    doc["type"] = {"id": type_id, "name": LOCATION_TYPES[type_id]}
    if body.get("group"):
        doc["group"] = _group(ctx, body["group"])
    if "client" in body:
        client_id = _ref_id(body["client"])
        client = ctx.store.get("client", client_id, ctx.company_id)
        if client is None or client.get("_deleted"):
            raise ApiError(
                422,
                f"client: client {client_id} does not exist",
                [{"field": "body.client", "message": "unknown client"}],
            )
        doc["client"] = {"id": client["id"], "name": client["name"]}
    company = ctx.store.get("company", ctx.company_id) or {"id": ctx.company_id, "name": ""}
    doc["company"] = {"id": company["id"], "name": company["name"]}
    doc["active"] = True
    doc["contact"] = dict(body.get("contact") or {})
    doc["notes"], doc["attributes"] = [], []
    ident = new_id(ctx.store, STORED, 16300)
    while ctx.store.get(STORED, ident) is not None:
        ident = new_id(ctx.store, STORED, 16300)
    doc = {"id": ident, **doc}
    ctx.store.put(STORED, ident, ctx.company_id, doc)
    return created({"id": ident})


@operation("get_stored_location")
def get_stored_location(ctx: Context) -> Reply:
    ident = ctx.path["location_id"]
    doc = ctx.store.get(STORED, ident, ctx.company_id)
    if doc is None:
        raise ApiError(404, f"Location {ident} not found")
    return ok(public(ctx, doc))


# -- seed ---------------------------------------------------------------------------------
def _loc(
    ident: int,
    name: str,
    display: str,
    address: tuple[str, str, str, str, str],
    geo: tuple[float, float],
    **extra: Any,
) -> dict[str, Any]:
    address1, address2, city, state, zip_code = address
    doc: dict[str, Any] = {"id": ident, "name": name, "display_name": display, "address1": address1}
    if address2:
        doc["address2"] = address2
    doc.update(
        {
            "city": city,
            "state": state,
            "zip": zip_code,
            "country": "US",
            "type": {"id": 1, "name": "Commercial"},
        }
    )
    doc.update(extra)
    doc["geo"] = {"latitude": geo[0], "longitude": geo[1]}
    return doc


NORTHSTAR = {"id": 301, "name": "Northstar Retail"}
SEED: dict[int, list[dict[str, Any]]] = {
    501: [
        _loc(
            16326,
            "Northstar Store 00123",
            "Northstar Retail - Phoenix Downtown",
            ("123 Main Street", "Building 4C", "Phoenix", "AZ", "85001"),
            (33.4484, -112.074),
            group={"id": 12, "name": "AZ Locations"},
            client=NORTHSTAR,
            contact={
                "name": "Office Manager",
                "email": "mgr@northstar-retail.example.com",
                "phone": "4805551234",
                "phone_ext": "",
            },
            notes=[
                {
                    "id": 5521,
                    "text": "Loading dock entrance is on the north side.",
                    "private": False,
                    "user_id": 7001,
                    "created": "2026-06-20 15:04:00",
                }
            ],
            attributes=[{"key": "Store Number", "value": "00123A", "private": False}],
        ),
        _loc(
            16327,
            "Tempe Warehouse",
            "Northstar Retail - Tempe DC",
            ("800 W University Dr", "", "Tempe", "AZ", "85281"),
            (33.4216, -111.9524),
            group={"id": 12, "name": "AZ Locations"},
            client=NORTHSTAR,
            contact={"name": "Receiving Desk", "phone": "4805559870", "phone_ext": "12"},
            attributes=[{"key": "Dock Doors", "value": "6", "private": False}],
        ),
        _loc(
            16328,
            "Northstar Store 00457",
            "Northstar Retail - Minneapolis Uptown",
            ("1300 W Lake St", "", "Minneapolis", "MN", "55408"),
            (44.9486, -93.2977),
            group={"id": 13, "name": "MN Locations"},
            client=NORTHSTAR,
            contact={
                "name": "Store Manager",
                "email": "store457@northstar-retail.example.com",
                "phone": "6125550457",
                "phone_ext": "",
            },
            attributes=[
                {"key": "Store Number", "value": "00457", "private": False},
                {"key": "Alarm Code", "value": "4471", "private": True},
            ],
        ),
        _loc(
            16329,
            "Harbor Foods Cold Storage",
            "Harbor Foods - SoDo Warehouse",
            ("2401 Utah Ave S", "", "Seattle", "WA", "98134"),
            (47.5826, -122.3363),
            client={"id": 305, "name": "Harbor Foods"},
            contact={"name": "Shift Lead", "phone": "2065550199", "phone_ext": ""},
        ),
        _loc(
            16330,
            "Northstar Store 00090 (closed)",
            "Northstar Retail - Mesa",
            ("1455 S Stapley Dr", "", "Mesa", "AZ", "85204"),
            (33.3859, -111.8063),
            group={"id": 12, "name": "AZ Locations"},
            client=NORTHSTAR,
            active=False,
        ),
    ],
    502: [
        _loc(
            16340,
            "Lakeside Clinic - Streeterville",
            "Lakeside Medical - Streeterville",
            ("600 N Lake Shore Dr", "Floor 2", "Chicago", "IL", "60611"),
            (41.8925, -87.6148),
            group={"id": 21, "name": "Chicagoland"},
            client={"id": 311, "name": "Lakeside Medical Group"},
            contact={
                "name": "Facilities Coordinator",
                "email": "facilities@lakeside-medical.example.com",
                "phone": "3125550140",
                "phone_ext": "220",
            },
            attributes=[{"key": "Site Code", "value": "LMG-STV", "private": False}],
        ),
        _loc(
            16341,
            "Riverbend High School",
            "Riverbend HS",
            ("1450 Energy Park Dr", "", "St Paul", "MN", "55108"),
            (44.9721, -93.1666),
            group={"id": 22, "name": "Twin Cities"},
            client={"id": 312, "name": "Riverbend School District"},
            contact={"name": "Head Custodian", "phone": "6515550177", "phone_ext": ""},
        ),
    ],
}


@seeder(order=25)
def seed_stored_locations(store: Store, company: dict[str, Any]) -> None:
    ref = {"id": company["id"], "name": company["name"]}
    for spec in SEED.get(company["id"], []):
        doc = {**spec, "company": ref, "active": spec.get("active", True)}
        doc.setdefault("contact", {})
        doc["notes"] = [
            {**n, "created": date_obj(parse_time(n["created"]))} for n in spec.get("notes", [])
        ]
        doc.setdefault("attributes", [])
        store.put(STORED, spec["id"], company["id"], doc)

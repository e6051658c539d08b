"""Work-order location: get and set (custom address, saved location or remote work).

The location lives in the work order at ``location``. Addresses are "geocoded" from a table of
state/province centres (the sandbox has no geocoder), which also gives the time zone that the
schedule's local times are derived from (see ``time_zone``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import ApiError
from ..registry import Context, Reply, operation
from ._common import load_work_order, new_id, ok, save_work_order

STORED = "stored_location"
MAX_ID = 2**53
ADDRESS = ("address1", "address2", "city", "state", "zip", "country")
LOCATION_TYPES = {
    1: "Commercial",
    2: "Residential",
    3: "Government",
    4: "Educational",
    5: "Industrial",
    6: "Other",
}

# State / province -> (IANA time zone, latitude, longitude of a central city).
REGIONS: dict[str, dict[str, tuple[str, float, float]]] = {
    "US": {
        "AL": ("America/Chicago", 32.3668, -86.3000),
        "AK": ("America/Anchorage", 61.2181, -149.9003),
        "AZ": ("America/Phoenix", 33.4484, -112.0740),
        "AR": ("America/Chicago", 34.7465, -92.2896),
        "CA": ("America/Los_Angeles", 34.0522, -118.2437),
        "CO": ("America/Denver", 39.7392, -104.9903),
        "CT": ("America/New_York", 41.7658, -72.6734),
        "DE": ("America/New_York", 39.1582, -75.5244),
        "DC": ("America/New_York", 38.9072, -77.0369),
        "FL": ("America/New_York", 28.5383, -81.3792),
        "GA": ("America/New_York", 33.7490, -84.3880),
        "HI": ("Pacific/Honolulu", 21.3069, -157.8583),
        "ID": ("America/Boise", 43.6150, -116.2023),
        "IL": ("America/Chicago", 41.8781, -87.6298),
        "IN": ("America/Indiana/Indianapolis", 39.7684, -86.1581),
        "IA": ("America/Chicago", 41.5868, -93.6250),
        "KS": ("America/Chicago", 37.6872, -97.3301),
        "KY": ("America/New_York", 38.2527, -85.7585),
        "LA": ("America/Chicago", 29.9511, -90.0715),
        "ME": ("America/New_York", 43.6591, -70.2568),
        "MD": ("America/New_York", 39.2904, -76.6122),
        "MA": ("America/New_York", 42.3601, -71.0589),
        "MI": ("America/Detroit", 42.3314, -83.0458),
        "MN": ("America/Chicago", 44.9778, -93.2650),
        "MS": ("America/Chicago", 32.2988, -90.1848),
        "MO": ("America/Chicago", 38.6270, -90.1994),
        "MT": ("America/Denver", 45.7833, -108.5007),
        "NE": ("America/Chicago", 41.2565, -95.9345),
        "NV": ("America/Los_Angeles", 36.1699, -115.1398),
        "NH": ("America/New_York", 42.9956, -71.4548),
        "NJ": ("America/New_York", 40.7357, -74.1724),
        "NM": ("America/Denver", 35.0844, -106.6504),
        "NY": ("America/New_York", 40.7128, -74.0060),
        "NC": ("America/New_York", 35.2271, -80.8431),
        "ND": ("America/Chicago", 46.8772, -96.7898),
        "OH": ("America/New_York", 39.9612, -82.9988),
        "OK": ("America/Chicago", 35.4676, -97.5164),
        "OR": ("America/Los_Angeles", 45.5152, -122.6784),
        "PA": ("America/New_York", 39.9526, -75.1652),
        "RI": ("America/New_York", 41.8240, -71.4128),
        "SC": ("America/New_York", 32.7765, -79.9311),
        "SD": ("America/Chicago", 43.5446, -96.7311),
        "TN": ("America/Chicago", 36.1627, -86.7816),
        "TX": ("America/Chicago", 32.7767, -96.7970),
        "UT": ("America/Denver", 40.7608, -111.8910),
        "VT": ("America/New_York", 44.4759, -73.2121),
        "VA": ("America/New_York", 37.5407, -77.4360),
        "WA": ("America/Los_Angeles", 47.6062, -122.3321),
        "WV": ("America/New_York", 38.3498, -81.6326),
        "WI": ("America/Chicago", 43.0389, -87.9065),
        "WY": ("America/Denver", 41.1400, -104.8202),
        "PR": ("America/Puerto_Rico", 18.4655, -66.1057),
    },
    "CA": {
        "AB": ("America/Edmonton", 51.0447, -114.0719),
        "BC": ("America/Vancouver", 49.2827, -123.1207),
        "MB": ("America/Winnipeg", 49.8951, -97.1384),
        "NB": ("America/Moncton", 45.2733, -66.0633),
        "NL": ("America/St_Johns", 47.5615, -52.7126),
        "NS": ("America/Halifax", 44.6488, -63.5752),
        "ON": ("America/Toronto", 43.6532, -79.3832),
        "PE": ("America/Halifax", 46.2382, -63.1311),
        "QC": ("America/Toronto", 45.5017, -73.5673),
        "SK": ("America/Regina", 50.4452, -104.6189),
    },
}
COUNTRY_CODES = {"USA": "US", "CAN": "CA"}
TZ_IDS = {
    "UTC": 0,
    "Pacific/Honolulu": 1,
    "America/Anchorage": 2,
    "America/New_York": 3,
    "America/Detroit": 4,
    "America/Chicago": 5,
    "America/Denver": 6,
    "America/Phoenix": 7,
    "America/Los_Angeles": 8,
    "America/Boise": 9,
    "America/Indiana/Indianapolis": 10,
    "America/Puerto_Rico": 11,
    "America/Edmonton": 12,
    "America/Vancouver": 13,
    "America/Winnipeg": 14,
    "America/Moncton": 15,
    "America/St_Johns": 16,
    "America/Halifax": 17,
    "America/Toronto": 18,
    "America/Regina": 19,
}


# -- time zones ---------------------------------------------------------------------------------
def _region(state: str | None, country: str | None) -> tuple[str, float, float] | None:
    code = (country or "US").upper()
    return REGIONS.get(COUNTRY_CODES.get(code, code), {}).get((state or "").upper())


def zone(name: str, ts: float) -> dict[str, Any]:
    """A ``ScheduleTimeZone`` for the IANA zone ``name`` as it stands at ``ts``."""
    moment = datetime.fromtimestamp(ts, ZoneInfo(name))
    delta = moment.utcoffset()
    offset = delta.total_seconds() / 3600 if delta is not None else 0.0
    return {
        "id": TZ_IDS.get(name, 0),
        "name": name,
        "short": moment.tzname() or name,
        "offset": int(offset) if offset == int(offset) else offset,
    }


def time_zone(location: dict[str, Any] | None, ts: float) -> dict[str, Any]:
    """The time zone of a work-order location (UTC when it has no address)."""
    location = location or {}
    found = _region(location.get("state"), location.get("country"))
    if found is not None:
        return zone(found[0], ts)
    named = (location.get("time_zone") or {}).get("name")
    if named and named in TZ_IDS:
        return zone(named, ts)
    return zone("UTC", ts)


# -- building the location ---------------------------------------------------------------------
def _empty_saved() -> dict[str, Any]:
    return {
        "id": 0,
        "name": "",
        "display_name": "",
        "contact": {"name": "", "phone": ""},
        "group": {"id": 0, "name": ""},
    }


def _geocode(address: dict[str, Any]) -> tuple[dict[str, Any] | None, list[str]]:
    """Approximate coordinates: the region's centre, nudged by a hash of the street address."""
    found = _region(address.get("state"), address.get("country"))
    if found is None:
        return None, [
            f"Could not geocode {address.get('city', '')}, {address.get('state', '')} {address.get('country', '')}".strip()
        ]
    digest = hashlib.sha256(
        f"{address.get('address1', '')}|{address.get('zip', '')}".lower().encode()
    ).digest()
    lat = round(found[1] + (digest[0] - 128) / 2560, 4)
    lon = round(found[2] + (digest[1] - 128) / 2560, 4)
    return {"latitude": lat, "longitude": lon, "exact": False}, []


def _type(inp: dict[str, Any], existing: dict[str, Any] | None, field: str) -> dict[str, Any]:
    if "type" in inp:
        type_id = inp["type"]["id"]
        if type_id not in LOCATION_TYPES:
            raise ApiError(
                422,
                f"{field}.type.id: location type {type_id} does not exist (known: {sorted(LOCATION_TYPES)})",
                [{"field": f"{field}.type.id", "message": "unknown location type"}],
            )
        return {"id": type_id, "name": LOCATION_TYPES[type_id]}
    return (existing or {}).get("type") or {"id": 1, "name": LOCATION_TYPES[1]}


def _saved_ref(stored: dict[str, Any]) -> dict[str, Any]:
    contact = stored.get("contact") or {}
    group = stored.get("group") or {}
    return {
        "id": stored["id"],
        "name": stored.get("name", ""),
        "display_name": stored.get("display_name") or stored.get("name", ""),
        "contact": {"name": contact.get("name", ""), "phone": contact.get("phone", "")},
        "group": {"id": group.get("id", 0), "name": group.get("name", "")},
    }


def _group_id(value: int | str, field: str) -> int:
    group = int(value)
    if group > MAX_ID:
        raise ApiError(
            422,
            f"{field}.save_location_group: location group {value} does not exist",
            [{"field": f"{field}.save_location_group", "message": "unknown location group"}],
        )
    return group


def _save_as_new(
    ctx: Context, loc: dict[str, Any], inp: dict[str, Any], field: str
) -> dict[str, Any]:
    """Store the custom address as one of the company's saved locations."""
    name = (
        inp["save_location"]
        if isinstance(inp["save_location"], str)
        else (loc["display_name"] or loc["address1"])
    )
    ident = new_id(ctx.store, STORED, 16300)
    while ctx.store.get(STORED, ident) is not None:
        ident = new_id(ctx.store, STORED, 16300)
    company = ctx.store.get("company", ctx.company_id) or {"id": ctx.company_id, "name": ""}
    stored: dict[str, Any] = {
        "id": ident,
        "name": name,
        "display_name": loc["display_name"] or name,
        **{k: loc[k] for k in ADDRESS},
        "type": loc["type"],
        "company": {"id": company["id"], "name": company["name"]},
        "active": True,
        "contact": {"name": "", "phone": ""},
        "notes": [],
        "attributes": [],
        "actions": ["edit"],
    }
    if "save_location_group" in inp:
        stored["group"] = {"id": _group_id(inp["save_location_group"], field), "name": ""}
    if loc.get("coordinates"):
        stored["geo"] = {
            "latitude": loc["coordinates"]["latitude"],
            "longitude": loc["coordinates"]["longitude"],
        }
    tz = time_zone(loc, ctx.now)
    if tz["id"] >= 1:
        stored["time_zone"] = tz
    ctx.store.put(STORED, ident, ctx.company_id, stored)
    return stored


def build_location(
    ctx: Context,
    inp: dict[str, Any],
    existing: dict[str, Any] | None,
    wo_id: int,
    *,
    field: str = "body.location",
) -> dict[str, Any]:
    """A ``LocationInput`` turned into the work order's ``Location`` (the address is replaced whole)."""
    if "mode" not in inp:  # the templates guide's shorthand for a saved location
        inp = {**inp, "mode": "location", "saved_location": {"id": inp["id"]}}
    mode = "custom" if inp["mode"] == "site" else inp["mode"]  # the playground's spelling
    loc: dict[str, Any] = {
        "work_order_id": wo_id,
        "mode": mode,
        "display_name": inp.get("display_name", ""),
    }
    loc.update({k: "" for k in ADDRESS})
    saved = _empty_saved()
    messages: list[str] = []
    coordinates: dict[str, Any] | None = None
    if inp.get("save_location") and mode != "custom":
        raise ApiError(
            400,
            f"{field}.save_location: only a custom address can be saved as a new saved location",
            [{"field": f"{field}.save_location", "message": "needs mode custom"}],
        )
    if mode == "custom":
        for key in ADDRESS:
            loc[key] = inp.get(key, "")
        loc["country"] = loc["country"].upper()
        loc["display_name"] = loc["display_name"] or loc["address1"]
        loc["type"] = _type(inp, existing, field)
        if "coordinates" in inp:
            coordinates = {
                "latitude": inp["coordinates"]["latitude"],
                "longitude": inp["coordinates"]["longitude"],
                "exact": True,
            }
        else:
            coordinates, messages = _geocode(loc)
    elif mode == "location":
        ref = inp["saved_location"]["id"]
        stored = ctx.store.get(STORED, ref, ctx.company_id)
        if stored is None:
            raise ApiError(
                422,
                f"{field}.saved_location.id: saved location {ref} does not exist",
                [{"field": f"{field}.saved_location.id", "message": "unknown saved location"}],
            )
        for key in ADDRESS:
            loc[key] = str(stored.get(key) or "")
        loc["display_name"] = stored.get("display_name") or stored.get("name", "")
        loc["type"] = stored.get("type") or _type(inp, existing, field)
        saved = _saved_ref(stored)
        geo = stored.get("geo") or {}
        if "latitude" in geo and "longitude" in geo:
            coordinates = {
                "latitude": geo["latitude"],
                "longitude": geo["longitude"],
                "exact": True,
            }
        else:
            coordinates, messages = _geocode(loc)
    if coordinates is not None:
        loc["coordinates"] = coordinates
        lat, lon = coordinates["latitude"], coordinates["longitude"]
        loc["zoom"] = "13z"
        loc["map"] = {
            "url": f"https://maps.sandbox.example/static?center={lat},{lon}&zoom=13",
            "href": f"https://maps.sandbox.example/?q={lat},{lon}",
        }
    loc["saved_location"] = saved
    loc["notes"] = list((existing or {}).get("notes") or [])
    if mode != "remote":
        loc["time_zone"] = time_zone(loc, ctx.now)
        loc["validation"] = {"is_valid": not messages, "messages": messages}
    if mode == "custom" and inp.get("save_location"):
        stored = _save_as_new(ctx, loc, inp, field)
        loc["mode"] = "location"
        loc["saved_location"] = _saved_ref(stored)
    return loc


def default_location(wo_id: int) -> dict[str, Any]:
    """What a work order without a location answers: an empty custom address."""
    return {
        "work_order_id": wo_id,
        "mode": "custom",
        "display_name": "",
        **{k: "" for k in ADDRESS},
        "saved_location": _empty_saved(),
        "notes": [],
        "validation": {"is_valid": False, "messages": ["No address set"]},
    }


def location_view(doc: dict[str, Any]) -> dict[str, Any]:
    loc = dict(doc.get("location") or default_location(doc["id"]))
    loc["work_order_id"] = doc["id"]
    loc["status_id"] = doc["status"]["id"]
    loc.setdefault("notes", [])
    loc["actions"] = ["edit"]
    return loc


# -- handlers -------------------------------------------------------------------------------------
@operation("get_work_order_location")
def get_work_order_location(ctx: Context) -> Reply:
    return ok(location_view(load_work_order(ctx)))


@operation("update_work_order_location")
def update_work_order_location(ctx: Context) -> Reply:
    from .schedule import refresh_schedule

    doc = load_work_order(ctx)
    doc["location"] = build_location(ctx, ctx.body, doc.get("location"), doc["id"], field="body")
    if doc.get("schedule"):
        doc["schedule"] = refresh_schedule(doc["schedule"], doc["location"], ctx.now)
    save_work_order(ctx, doc)
    return ok(location_view(doc))

"""Time logs: the provider's check-ins and check-outs on a work order, with the hours worked.

Logs live in the work order under ``time_logs`` (newest first) with the total ``hours`` and
the ``open_time_log`` while the provider is on site. Time can be logged while the work order
is Assigned or Work Done; afterwards it is frozen (409).
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    WORK_ORDER,
    add_item,
    created,
    date_obj,
    envelope,
    load_work_order,
    new_id,
    ok,
    page_args,
    parse_time,
    save_work_order,
    section,
    status_name,
    user_ref,
)
from ._section import Section, register
from .messages import acting_user, assignee_id

PATH = ("time_logs",)
WRITABLE = (lifecycle.ASSIGNED, lifecycle.WORK_DONE)
VERIFY_MILES = 0.5
"""A checkpoint this close to the work order's coordinates counts as verified."""


# -- reading the input ------------------------------------------------------------------------
def _zone(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The work order's time zone (from its location), when it names a known zone."""
    found = (doc.get("location") or {}).get("time_zone") or {}
    try:
        ZoneInfo(str(found.get("name")))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    return dict(found)


def _stamp(doc: dict[str, Any], ts: float) -> dict[str, Any]:
    """A date object whose local part is in the work order's time zone."""
    stamp = date_obj(ts)
    zone = _zone(doc)
    if zone is not None:
        moment = datetime.fromtimestamp(ts, ZoneInfo(zone["name"]))
        stamp["local"] = {"date": moment.strftime("%Y-%m-%d"), "time": moment.strftime("%H:%M:%S")}
    return stamp


def _moment(doc: dict[str, Any], value: Any, field: str) -> tuple[float, dict[str, Any]]:
    """Seconds and the output date object of a checkpoint input (``created`` or flat ``utc``)."""
    source = value.get("created") if isinstance(value.get("created"), dict) else value
    try:
        ts = parse_time(source["utc"])
        stamp = _stamp(doc, ts)
    except (KeyError, ValueError, OverflowError, OSError):
        raise ApiError(
            400,
            f"{field}: not a valid timestamp",
            [{"field": f"body.{field}", "message": "invalid timestamp"}],
        ) from None
    if (
        isinstance(source.get("local"), dict)
        and source["local"].get("date")
        and source["local"].get("time")
    ):
        stamp["local"] = {"date": source["local"]["date"], "time": source["local"]["time"]}
    return ts, stamp


def _after(doc: dict[str, Any], start: float, hours: float, field: str) -> dict[str, Any]:
    """The date object ``hours`` after ``start`` (a 400 when that is no representable time)."""
    try:
        return _stamp(doc, start + hours * 3600)
    except (ValueError, OverflowError, OSError):
        raise ApiError(
            400,
            f"{field}: {hours} hours after check-in is not a valid time",
            [{"field": f"body.{field}", "message": "out of range"}],
        ) from None


def _miles(a: dict[str, Any], b: dict[str, Any]) -> float:
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return round(2 * 3958.8 * math.asin(math.sqrt(min(1.0, h))), 2)


def _checkpoint(
    doc: dict[str, Any], value: dict[str, Any], field: str, actor: dict[str, Any]
) -> tuple[float, dict[str, Any]]:
    ts, stamp = _moment(doc, value, field)
    point: dict[str, Any] = {"created": stamp, "actor": actor, "verified": False}
    coords = value.get("coords")
    site = ((doc.get("location") or {}).get("coordinates")) or {}
    if coords:
        point["coords"] = {"latitude": coords["latitude"], "longitude": coords["longitude"]}
        if "latitude" in site and "longitude" in site:
            point["distance"] = _miles(coords, site)
            point["verified"] = point["distance"] <= VERIFY_MILES
    return ts, point


def _time(point: dict[str, Any] | None) -> float | None:
    return parse_time(point["created"]["utc"]) if point else None


def _was_late(doc: dict[str, Any], checked_in: float) -> bool:
    window = (doc.get("schedule") or {}).get("service_window") or {}
    limit = window.get("end") if window.get("mode") == "between" else window.get("start")
    if window.get("mode") == "hours" or not isinstance(limit, dict) or not limit.get("utc"):
        return False
    try:
        return checked_in > parse_time(limit["utc"])
    except ValueError:
        return False


# -- applying changes -------------------------------------------------------------------------
def _apply(
    doc: dict[str, Any],
    log: dict[str, Any],
    body: dict[str, Any],
    actor: dict[str, Any],
    where: str = "",
) -> dict[str, Any]:
    """Set the in/out/devices/hours of ``log`` from a create or update body."""
    check_in = body.get("in") or body.get("start")
    check_out = body.get("out") or body.get("end")
    if check_in is not None:
        ts, log["in"] = _checkpoint(doc, check_in, f"{where}in", actor)
        log["was_late"] = _was_late(doc, ts)
    if "in" not in log:
        raise ApiError(
            400,
            f"{where}in: a check-in time is required for a new time log",
            [{"field": f"body.{where}in", "message": "required"}],
        )
    if check_out is not None:
        _, log["out"] = _checkpoint(doc, check_out, f"{where}out", actor)
    elif body.get("hours") is not None:
        start = _time(log["in"])
        assert start is not None
        log["out"] = {
            "created": _after(doc, start, body["hours"], f"{where}hours"),
            "actor": actor,
            "verified": False,
        }
    if "devices" in body:
        log["devices"] = body["devices"]
    zone = _zone(doc)
    if zone is not None and isinstance(zone.get("id"), int) and zone["id"] >= 1:
        log["time_zone"] = zone
    start, end = _time(log["in"]), _time(log.get("out"))
    if start is not None and end is not None and end < start:
        raise ApiError(
            400,
            f"{where}out: check-out {log['out']['created']['utc']} is before check-in {log['in']['created']['utc']}",
            [{"field": f"body.{where}out", "message": "before check-in"}],
        )
    log["hours"] = round((end - start) / 3600, 4) if start is not None and end is not None else 0
    log["status"] = "checked_out" if log.get("out") else "checked_in"
    log.setdefault("out", None)
    return log


def _refresh(doc: dict[str, Any]) -> None:
    """Total hours, the open log and the one-open-log rule after a change."""
    logs = section(doc, *PATH)
    results = logs["results"]
    open_logs = [log for log in results if log.get("out") is None]
    if len(open_logs) > 1:
        raise ApiError(
            409, f"Time log {open_logs[1]['id']} is still open; check out before checking in again"
        )
    logs["hours"] = round(sum(log.get("hours", 0) for log in results), 4)
    logs["actions"] = ["add"]
    if open_logs:
        logs["open_time_log"] = open_logs[0]
    else:
        logs.pop("open_time_log", None)


def _provider(ctx: Context, doc: dict[str, Any]) -> int:
    """The provider the time is logged for: the assignee (``user_id`` may only name them)."""
    assigned = assignee_id(doc)
    wanted, field = (ctx.body or {}).get("user_id"), "body.user_id"
    if (
        wanted is None
        and ctx.query.get("acting_user_id") is not None
        and acting_user(ctx).get("role") == "provider"
    ):
        wanted, field = ctx.query["acting_user_id"], "query.acting_user_id"
    if wanted is not None and wanted != assigned:
        raise ApiError(
            422,
            f"{field.split('.')[1]}: provider {wanted} is not assigned to work order {doc['id']}",
            [{"field": field, "message": "not the assignee"}],
        )
    if assigned is None:
        raise ApiError(409, f"Work order {doc['id']} has no assigned provider to log time for")
    return int(assigned)


def _actor(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    """The user the change is recorded for; 409 first when time logs are frozen."""
    TIME_LOGS.guard(doc)
    return user_ref(ctx.store, acting_user(ctx)["id"])


def _load(ctx: Context) -> tuple[dict[str, Any], dict[str, Any]]:
    doc = load_work_order(ctx)
    return doc, _actor(ctx, doc)


def _listing(doc: dict[str, Any]) -> dict[str, Any]:
    _refresh(doc)
    return section(doc, *PATH)


def _change(ctx: Context, doc: dict[str, Any], log: dict[str, Any], body: dict[str, Any]) -> None:
    """An update: in/out/devices/hours; ``user_id`` cannot move a log to another provider."""
    _apply(doc, log, {k: v for k, v in body.items() if k != "user_id"}, _actor(ctx, doc))


TIME_LOGS = register(
    Section(
        path=PATH,
        name="time_log",
        calls=("update", "delete"),
        what="Time log",
        id_param="workorder_hours_id",
        closed=tuple(s for s in lifecycle.STATUS_IDS if s not in WRITABLE),
        frozen="Work order {id} is {status}: time logs can change only while it is Assigned or Work Done",
        sync=lambda _ctx, doc: _listing(doc),
        apply=_change,
        check=_actor,
    )
)


def new_log(
    store: Store, doc: dict[str, Any], provider_id: int, body: dict[str, Any], actor: dict[str, Any]
) -> dict[str, Any]:
    log: dict[str, Any] = {
        "id": new_id(store, "time_log", 5050),
        "verified": False,
        "logged_by": user_ref(store, provider_id),
        "actions": ["edit", "delete"],
    }
    _apply(doc, log, body, actor)
    add_item(doc, PATH, log)
    _refresh(doc)
    return log


# -- operations -------------------------------------------------------------------------------
@operation("list_work_order_time_logs")
def list_work_order_time_logs(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    logs = section(doc, *PATH)
    page, per_page = page_args(ctx)
    body = envelope(logs["results"], page, per_page)
    body["hours"] = logs.get("hours", 0)
    if logs.get("open_time_log"):
        body["open_time_log"] = logs["open_time_log"]
    body["actions"] = ["add"] if status_name(doc) in WRITABLE else []
    return ok(body)


@operation("create_work_order_time_log")
def create_work_order_time_log(ctx: Context) -> Reply:
    doc, actor = _load(ctx)
    provider_id = _provider(ctx, doc)
    body = ctx.body
    open_log = next((log for log in section(doc, *PATH)["results"] if log.get("out") is None), None)
    if not (body.get("in") or body.get("start")) and (body.get("out") or body.get("end")):
        # a check-out alone closes the open log
        if open_log is None:
            raise ApiError(409, f"Work order {doc['id']} has no open time log to check out of")
        _apply(doc, open_log, body, actor)
        section(doc, *PATH)["results"].remove(open_log)
        add_item(doc, PATH, open_log)
        _refresh(doc)
    else:
        new_log(ctx.store, doc, provider_id, body, actor)
    return created(save_work_order(ctx, doc))


@operation("update_all_work_order_time_logs")
def update_all_work_order_time_logs(ctx: Context) -> Reply:
    doc, actor = _load(ctx)
    for i, item in enumerate(ctx.body["data"]):
        log = next((log for log in section(doc, *PATH)["results"] if log["id"] == item["id"]), None)
        if log is None:
            raise ApiError(
                422,
                f"data[{i}].id: time log {item['id']} is not a time log of work order {doc['id']}",
                [{"field": f"body.data.{i}.id", "message": "unknown time log"}],
            )
        _apply(doc, log, item, actor, where=f"data.{i}.")
    _refresh(doc)
    return ok(save_work_order(ctx, doc))


@seeder(order=95)
def seed_time_logs(store: Store, company: dict[str, Any]) -> None:
    """A finished visit on completed work orders, an open check-in on assigned ones."""
    for doc in store.list(WORK_ORDER, company["id"]):
        provider_id = assignee_id(doc)
        if provider_id is None:
            continue
        start = parse_time(doc["created"]["utc"]) - 3 * 3600
        actor = user_ref(store, provider_id)
        if doc["status"]["name"] == lifecycle.ASSIGNED:
            new_log(
                store, doc, provider_id, {"in": {"created": {"utc": date_obj(start)["utc"]}}}, actor
            )
        else:
            body = {
                "in": {"created": {"utc": date_obj(start)["utc"]}},
                "out": {"created": {"utc": date_obj(start + 2.5 * 3600)["utc"]}},
                "devices": 2,
            }
            new_log(store, doc, provider_id, body, actor)
        store.put(WORK_ORDER, doc["id"], company["id"], doc)

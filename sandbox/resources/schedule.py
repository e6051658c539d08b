"""Work-order schedule (service window) and the assigned provider's ETA.

The schedule lives in the work order at ``schedule``; times are stored in UTC and the local
date/time is derived from the time zone of the work order's location (``location.time_zone``).
The ETA is read from the work order's ``eta`` or its "Set ETA" task when the provider set one,
and otherwise answers the service window the provider is expected to keep.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import ApiError
from ..registry import Context, Reply, operation
from ._common import WORK_ORDER, load_work_order, ok, parse_time, save_work_order
from .location import TZ_IDS, time_zone, zone

SET_ETA_TASK = 1
MIN_DAILY_HOURS = timedelta(minutes=45)
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC).timestamp()
LATEST = datetime(9998, 12, 31, tzinfo=UTC).timestamp()
"""Times outside these years are refused (400): local times must stay representable."""


def stamp(ts: float, tz_name: str) -> dict[str, Any]:
    """A ``DateObject``: UTC plus the local date and time in ``tz_name``."""
    utc = datetime.fromtimestamp(ts, UTC)
    local = utc.astimezone(ZoneInfo(tz_name))
    return {
        "utc": utc.strftime("%Y-%m-%d %H:%M:%S"),
        "local": {"date": local.strftime("%Y-%m-%d"), "time": local.strftime("%H:%M:%S")},
    }


def _parse(value: dict[str, Any], field: str) -> float:
    try:
        ts = parse_time(value["utc"])
        if not EARLIEST <= ts <= LATEST:
            raise ValueError("out of range")
        return ts
    except (ValueError, KeyError, OverflowError):
        raise ApiError(
            400,
            f"{field}.utc: not a valid UTC timestamp",
            [{"field": f"{field}.utc", "message": "invalid timestamp"}],
        ) from None


def _window(
    inp: dict[str, Any], tz_name: str, field: str, current: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The window ``inp`` describes; a partial one (the update guide sends only `start`) is
    laid over the ``current`` window of the work order."""
    if "mode" not in inp:
        if not current:
            raise ApiError(
                422,
                f"{field.removeprefix('body.')}.mode: required while the work order has no service window",
                [{"field": f"{field}.mode", "message": "required"}],
            )
        inp = {**current, **inp}
    mode = inp["mode"]
    window: dict[str, Any] = {"mode": mode}
    if mode == "asap":
        return window
    start = _parse(inp["start"], f"{field}.start")
    window["start"] = stamp(start, tz_name)
    if mode == "exact":
        return window
    end = _parse(inp["end"], f"{field}.end")
    if end <= start:
        raise ApiError(
            422,
            f"{field}.end: must be after start",
            [{"field": f"{field}.end", "message": "before start"}],
        )
    window["end"] = stamp(end, tz_name)
    if mode == "hours":
        zone = ZoneInfo(tz_name)
        first = datetime.fromtimestamp(start, zone)
        last = datetime.fromtimestamp(end, zone)
        daily = last.replace(year=first.year, month=first.month, day=first.day) - first
        if daily < timedelta(0):  # the daily hours run past midnight (a night shift)
            daily += timedelta(days=1)
        if daily < MIN_DAILY_HOURS:
            raise ApiError(
                422,
                f"{field}: an hours window must span at least 45 minutes a day (start {first:%H:%M}, end {last:%H:%M} local)",
                [{"field": f"{field}.end", "message": "daily window under 45 minutes"}],
            )
    return window


def refresh_schedule(
    schedule: dict[str, Any], location: dict[str, Any] | None, ts: float
) -> dict[str, Any]:
    """The schedule with its time zone and local times derived again from ``location``."""
    schedule = dict(schedule)
    window = schedule.get("service_window")
    start = (window or {}).get("start")
    # abbreviation and offset as they stand when the window opens (CDT in July, CST in January)
    at = parse_time(start["utc"]) if start else ts
    tz = time_zone(location, at)
    chosen = (schedule.get("time_zone") or {}).get("name")
    if tz["name"] == "UTC" and chosen in TZ_IDS and chosen != "UTC":
        tz = zone(chosen, at)  # no address to derive it from: keep the zone sent with the schedule
    schedule["time_zone"] = tz
    if window:
        window = dict(window)
        for key in ("start", "end"):
            if window.get(key):
                window[key] = stamp(parse_time(window[key]["utc"]), tz["name"])
        schedule["service_window"] = window
    return schedule


def _chosen_zone(inp: dict[str, Any], field: str, ts: float) -> dict[str, Any]:
    """The time zone a schedule body names by IANA ``name`` or by ``id``; 422 when unknown."""
    names = {v: k for k, v in TZ_IDS.items()}
    name = inp.get("name") or names.get(inp.get("id", -1))
    if name not in TZ_IDS:
        raise ApiError(
            422,
            f"{field.removeprefix('body.')}: unknown time zone {inp.get('name', inp.get('id'))!r}",
            [{"field": field, "message": "unknown time zone"}],
        )
    return zone(str(name), ts)


def build_schedule(
    ctx: Context,
    inp: dict[str, Any],
    existing: dict[str, Any] | None,
    wo_id: int,
    *,
    field: str = "body.schedule",
    location: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A ``ScheduleInput`` applied over the existing schedule (only the fields sent change).

    Local times come from ``location``; when it is not passed, from the stored work order's.
    A ``time_zone`` sent is used only while the location gives none (no address); the
    caller applies ``require_ontime``, a field of the work order.
    """
    if location is None:
        stored = ctx.store.get(WORK_ORDER, wo_id, ctx.company_id)
        location = (stored or {}).get("location")
    schedule: dict[str, Any] = {
        "schedule_note": "",
        "schedule_option": 0,
        **(existing or {}),
        "work_order_id": wo_id,
    }
    if "time_zone" in inp:
        schedule["time_zone"] = _chosen_zone(inp["time_zone"], f"{field}.time_zone", ctx.now)
    tz = refresh_schedule(schedule, location, ctx.now)["time_zone"]
    if "service_window" in inp:
        schedule["service_window"] = _window(
            inp["service_window"],
            tz["name"],
            f"{field}.service_window",
            schedule.get("service_window"),
        )
    for key in ("schedule_note", "schedule_option"):
        if key in inp:
            schedule[key] = inp[key]
    return refresh_schedule(schedule, location, ctx.now)


def schedule_view(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    base = doc.get("schedule") or {"schedule_note": "", "schedule_option": 0}
    schedule = refresh_schedule(base, doc.get("location"), ctx.now)
    schedule["work_order_id"] = doc["id"]
    schedule["status_id"] = doc["status"]["id"]
    schedule["company_id"] = ctx.company_id
    schedule["today_tomorrow"] = ""
    start = (schedule.get("service_window") or {}).get("start")
    if start:
        today = datetime.fromtimestamp(ctx.now, ZoneInfo(schedule["time_zone"]["name"])).date()
        day = datetime.fromisoformat(start["local"]["date"]).date()
        schedule["today_tomorrow"] = {0: "today", 1: "tomorrow"}.get((day - today).days, "")
    return schedule


def eta_view(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    schedule = schedule_view(ctx, doc)
    eta: dict[str, Any] = {
        "work_order_id": doc["id"],
        "notes": "",
        "status": {"name": "unconfirmed"},
    }
    user = (doc.get("assignee") or {}).get("user")
    if user:
        eta["user"] = user
    window = schedule.get("service_window") or {}
    if window.get("mode") in ("exact", "between", "hours"):
        eta["mode"] = window["mode"]
        eta.update({k: window[k] for k in ("start", "end") if k in window})
    task = next(
        (
            t
            for t in (doc.get("tasks") or {}).get("results", [])
            if (t.get("type") or {}).get("id") == SET_ETA_TASK
        ),
        None,
    )
    if task is not None:
        eta["task"] = {"id": task["id"]}
        eta.update(task.get("eta") or {})
    eta.update(doc.get("eta") or {})
    eta["work_order_id"] = doc["id"]
    return eta


# -- handlers -------------------------------------------------------------------------------------
@operation("get_work_order_schedule")
def get_work_order_schedule(ctx: Context) -> Reply:
    return ok(schedule_view(ctx, load_work_order(ctx)))


@operation("update_work_order_schedule")
def update_work_order_schedule(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    doc["schedule"] = build_schedule(
        ctx, ctx.body, doc.get("schedule"), doc["id"], field="body", location=doc.get("location")
    )
    if "require_ontime" in ctx.body:  # hard start: a work-order setting the playground lists here
        doc["require_ontime"] = ctx.body["require_ontime"]
    save_work_order(ctx, doc)
    return ok(schedule_view(ctx, doc))


@operation("get_work_order_eta")
def get_work_order_eta(ctx: Context) -> Reply:
    return ok(eta_view(ctx, load_work_order(ctx)))

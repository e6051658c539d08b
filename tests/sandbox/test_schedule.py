"""Schedule and ETA: windows persist in UTC with local times from the location's time zone."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from .conftest import Api
from .recipes.location import CUSTOM
from .recipes.work_orders import in_status, new_work_order

BETWEEN = {
    "mode": "between",
    "start": {"utc": "2026-07-01T14:00:00Z"},
    "end": {"utc": "2026-07-01T22:00:00Z"},
}


def schedule(api: Api, wo: int) -> dict[str, Any]:
    return dict(api.call("get_work_order_schedule", path={"work_order_id": wo}, expect=200).json())


def put(api: Api, wo: int, body: dict[str, Any], expect: int = 200) -> dict[str, Any]:
    return dict(
        api.call(
            "update_work_order_schedule", path={"work_order_id": wo}, json=body, expect=expect
        ).json()
    )


def test_work_order_without_schedule_answers_defaults(api: Api) -> None:
    wo = new_work_order(api)
    got = schedule(api, wo)
    assert got["work_order_id"] == wo and got["company_id"] == 501 and got["status_id"] == 1
    assert (
        "service_window" not in got and got["schedule_note"] == "" and got["schedule_option"] == 0
    )
    assert got["time_zone"]["name"] == "UTC" and got["today_tomorrow"] == ""


def test_window_persists_normalised_and_partial_updates_keep_it(api: Api) -> None:
    wo = new_work_order(api)
    got = put(api, wo, {"service_window": BETWEEN, "schedule_note": "Dock opens at 8"})
    window = got["service_window"]
    assert (
        window["mode"] == "between"
        and window["start"]["utc"] == "2026-07-01 14:00:00"
        and window["end"]["utc"] == "2026-07-01 22:00:00"
    )
    # the playground requires service_window on this call; a note alone changes through the
    # work order's own update, which keeps the window
    refused = put(api, wo, {"schedule_note": "Call ahead"}, expect=400)
    assert "service_window" in refused["message"]
    api.call(
        "update_work_order",
        path={"work_order_id": wo},
        json={"schedule": {"schedule_note": "Call ahead"}},
        expect=200,
    )
    again = schedule(api, wo)
    assert again["service_window"] == window and again["schedule_note"] == "Call ahead"
    embedded = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["schedule"]
    assert embedded["service_window"]["start"]["utc"] == "2026-07-01 14:00:00"
    exact = put(
        api,
        wo,
        {
            "service_window": {
                "mode": "exact",
                "start": {"utc": "2026-07-02 09:30:00"},
                "end": {"utc": "2026-07-02 10:30:00"},
            }
        },
    )
    assert exact["service_window"]["mode"] == "exact" and "end" not in exact["service_window"]
    asap = put(api, wo, {"service_window": {"mode": "asap"}, "schedule_option": 1})
    assert asap["service_window"] == {"mode": "asap"} and asap["schedule_option"] == 1


def test_local_times_follow_the_location(api: Api) -> None:
    wo = new_work_order(api, location=CUSTOM)  # Minneapolis, America/Chicago
    got = put(api, wo, {"service_window": BETWEEN})
    assert (
        got["time_zone"]["name"] == "America/Chicago" and got["time_zone"]["offset"] == -5
    )  # July: CDT
    assert got["service_window"]["start"]["local"] == {"date": "2026-07-01", "time": "09:00:00"}
    # moving the work order to Phoenix re-derives the local times
    api.call(
        "update_work_order_location",
        path={"work_order_id": wo},
        json={**CUSTOM, "city": "Phoenix", "state": "AZ", "zip": "85001"},
        expect=200,
    )
    moved = schedule(api, wo)
    assert moved["time_zone"]["name"] == "America/Phoenix"
    assert moved["service_window"]["start"] == {
        "utc": "2026-07-01 14:00:00",
        "local": {"date": "2026-07-01", "time": "07:00:00"},
    }


def test_schedule_and_location_in_one_create(api: Api) -> None:
    wo = new_work_order(api, location=CUSTOM, schedule={"service_window": BETWEEN})
    got = schedule(api, wo)
    assert (
        got["time_zone"]["name"] == "America/Chicago"
        and got["service_window"]["end"]["local"]["time"] == "17:00:00"
    )


def test_today_tomorrow(api: Api) -> None:
    wo = new_work_order(api)
    tomorrow = datetime.fromtimestamp(time.time() + 86400, UTC).strftime("%Y-%m-%d %H:%M:%S")
    assert (
        put(api, wo, {"service_window": {"mode": "exact", "start": {"utc": tomorrow}}})[
            "today_tomorrow"
        ]
        == "tomorrow"
    )


def test_invalid_windows_are_422(api: Api) -> None:
    wo = new_work_order(api)
    backwards = {
        "mode": "between",
        "start": {"utc": "2026-07-01 22:00:00"},
        "end": {"utc": "2026-07-01 14:00:00"},
    }
    r = put(api, wo, {"service_window": backwards}, expect=422)
    assert r["errors"][0]["field"] == "body.service_window.end"
    short_days = {
        "mode": "hours",
        "start": {"utc": "2026-07-01 13:00:00"},
        "end": {"utc": "2026-07-03 13:30:00"},
    }
    assert "45 minutes" in put(api, wo, {"service_window": short_days}, expect=422)["message"]
    put(
        api,
        wo,
        {"service_window": {"mode": "between", "start": {"utc": "2026-07-01 13:00:00"}}},
        expect=400,
    )  # end missing
    put(api, wo, {}, expect=400)
    assert "service_window" not in schedule(api, wo)


def test_unknown_and_foreign_work_orders_are_404(api: Api, other: Api) -> None:
    wo = new_work_order(api)
    for op in ("get_work_order_schedule", "get_work_order_eta"):
        api.call(op, path={"work_order_id": 999999}, expect=404)
        other.call(op, path={"work_order_id": wo}, expect=404)
    other.call(
        "update_work_order_schedule",
        path={"work_order_id": wo},
        json={"service_window": BETWEEN, "schedule_note": "x"},
        expect=404,
    )


def test_eta_before_and_after_assignment(api: Api) -> None:
    wo = new_work_order(api)
    eta = api.call("get_work_order_eta", path={"work_order_id": wo}, expect=200).json()
    assert (
        eta["work_order_id"] == wo and eta["status"]["name"] == "unconfirmed" and "user" not in eta
    )
    wo = in_status(api, "assign")
    put(api, wo, {"service_window": BETWEEN})
    eta = api.call("get_work_order_eta", path={"work_order_id": wo}, expect=200).json()
    assert eta["user"]["id"] == 9001 and eta["mode"] == "between"
    assert (
        eta["start"]["utc"] == "2026-07-01 14:00:00" and eta["end"]["utc"] == "2026-07-01 22:00:00"
    )


def test_time_zone_and_hard_start_from_the_playground_body(api: Api) -> None:
    wo = new_work_order(api)  # no address: the sent time zone gives the local times
    got = put(
        api,
        wo,
        {
            "service_window": BETWEEN,
            "time_zone": {"name": "America/Denver"},
            "require_ontime": True,
        },
    )
    assert got["time_zone"]["name"] == "America/Denver"
    assert got["service_window"]["start"]["local"] == {"date": "2026-07-01", "time": "08:00:00"}
    detail = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert detail["require_ontime"] is True
    by_id = put(api, wo, {"service_window": BETWEEN, "time_zone": {"id": 8}})
    assert by_id["time_zone"]["name"] == "America/Los_Angeles"
    unknown = put(api, wo, {"service_window": BETWEEN, "time_zone": {"name": "Mars/Olympus"}}, 422)
    assert "time_zone" in unknown["message"]
    # an address decides the zone once the work order has one
    api.call("update_work_order_location", path={"work_order_id": wo}, json=CUSTOM, expect=200)
    assert schedule(api, wo)["time_zone"]["name"] == "America/Chicago"


def test_partial_window_from_the_update_guide(api: Api) -> None:
    """The update guide sends only a new `start`: it lands on the existing window."""
    wo = new_work_order(api)
    partial = {"schedule": {"service_window": {"start": {"utc": "2026-07-01 10:00:00"}}}}
    none_yet = api.call(
        "update_work_order", path={"work_order_id": wo}, json=partial, expect=422
    ).json()
    assert none_yet["errors"][0]["field"] == "body.schedule.service_window.mode"
    put(api, wo, {"service_window": BETWEEN})
    api.call("update_work_order", path={"work_order_id": wo}, json=partial, expect=200)
    window = schedule(api, wo)["service_window"]
    assert window["mode"] == "between"
    assert window["start"]["utc"] == "2026-07-01 10:00:00"
    assert window["end"]["utc"] == "2026-07-01 22:00:00"
    late = {"service_window": {"start": {"utc": "2026-07-02 10:00:00"}}}
    assert "end" in put(api, wo, late, expect=422)["message"]

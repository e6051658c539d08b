"""Time logs: check-in/out persist, hours add up, one open log at a time, frozen after work."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.time_logs import CHECK_IN, FULL, with_log, work_order


def at(utc: str) -> dict[str, Any]:
    return {"created": {"utc": utc}}


def logs(api: Api, wo: int, **query: Any) -> dict[str, Any]:
    return dict(
        api.call(
            "list_work_order_time_logs", path={"work_order_id": wo}, query=query, expect=200
        ).json()
    )


def test_check_in_then_out_reads_back(api: Api) -> None:
    wo, log = with_log(api, CHECK_IN)
    listed = logs(api, wo)
    assert listed["metadata"]["total"] == 1 and listed["hours"] == 0
    assert listed["open_time_log"]["id"] == log and listed["results"][0]["status"] == "checked_in"
    assert listed["results"][0]["logged_by"]["id"] == 9001
    assert listed["results"][0]["in"]["created"]["utc"] == "2026-07-01 14:00:00"
    assert listed["results"][0]["in"]["created"]["local"] == {
        "date": "2026-07-01",
        "time": "09:00:00",
    }

    body = {"out": {"utc": "2026-07-01 16:30:00"}, "devices": 2}  # the guide's flat form
    answer = api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        json=body,
        expect=200,
    ).json()
    assert answer["time_logs"]["hours"] == 2.5 and "open_time_log" not in answer["time_logs"]
    listed = logs(api, wo)
    assert listed["results"][0] == answer["time_logs"]["results"][0]
    assert listed["results"][0]["status"] == "checked_out" and listed["results"][0]["devices"] == 2
    assert "open_time_log" not in listed
    got = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert got["time_logs"]["hours"] == 2.5


def test_hours_add_up_newest_first_and_paginate(api: Api) -> None:
    wo = work_order(api, "assign")
    for day in ("01", "02", "03"):
        body = {"in": at(f"2026-07-{day} 14:00:00"), "out": at(f"2026-07-{day} 15:30:00")}
        api.call("create_work_order_time_log", path={"work_order_id": wo}, json=body, expect=201)
    listed = logs(api, wo, per_page=2)
    assert listed["metadata"] == {"total": 3, "page": 1, "pages": 2, "per_page": 2}
    assert listed["hours"] == 4.5
    days = [r["in"]["created"]["utc"][:10] for r in listed["results"]]
    assert days == ["2026-07-03", "2026-07-02"]
    second = logs(api, wo, page=2, per_page=2)
    assert [r["in"]["created"]["utc"][:10] for r in second["results"]] == ["2026-07-01"]


def test_check_out_alone_closes_the_open_log(api: Api) -> None:
    wo, log = with_log(api, CHECK_IN)
    answer = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={"out": at("2026-07-01T15:00:00Z")},
        expect=201,
    ).json()
    assert answer["time_logs"]["metadata"]["total"] == 1
    assert (
        answer["time_logs"]["results"][0]["id"] == log
        and answer["time_logs"]["results"][0]["hours"] == 1
    )
    again = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={"out": at("2026-07-01T16:00:00Z")},
        expect=409,
    )
    assert "no open time log" in again.json()["message"]


def test_second_check_in_while_on_site_is_409(api: Api) -> None:
    wo, _ = with_log(api, CHECK_IN)
    r = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={"in": at("2026-07-01 18:00:00")},
        expect=409,
    )
    assert "still open" in r.json()["message"]
    assert logs(api, wo)["metadata"]["total"] == 1


def test_hours_without_check_out_and_guide_spelling(api: Api) -> None:
    wo = work_order(api, "assign")
    answer = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={"in": at("2026-07-01 14:00:00"), "hours": 1.5},
        expect=201,
    ).json()
    assert answer["time_logs"]["results"][0]["out"]["created"]["utc"] == "2026-07-01 15:30:00"
    guide = {
        "user_id": 9001,
        "start": {"utc": "2026-07-02 14:00:00"},
        "end": {"utc": "2026-07-02 16:00:00"},
    }
    answer = api.call(
        "create_work_order_time_log", path={"work_order_id": wo}, json=guide, expect=201
    ).json()
    assert answer["time_logs"]["hours"] == 3.5


def test_invalid_times_and_people(api: Api) -> None:
    wo = work_order(api, "assign")
    r = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={"in": at("2026-07-01 14:00:00"), "out": at("2026-07-01 13:00:00")},
        expect=422,
    )
    assert "before check-in" in r.json()["message"]
    r = api.call(
        "create_work_order_time_log", path={"work_order_id": wo}, json={"devices": 3}, expect=422
    )
    assert r.json()["errors"][0]["field"] == "body.in"
    r = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={**FULL, "user_id": 9002},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.user_id"
    api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        query={"acting_user_id": 999999},
        json=FULL,
        expect=422,
    )
    api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        query={"acting_user_id": 9003},
        json=FULL,
        expect=422,
    )
    assert logs(api, wo)["metadata"]["total"] == 0
    api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        query={"acting_user_id": 9001},
        json=FULL,
        expect=201,
    )


def test_coords_are_verified_against_the_site(api: Api) -> None:
    site = {
        "mode": "custom",
        "address1": "7600 France Ave S",
        "city": "Edina",
        "state": "MN",
        "zip": "55435",
        "country": "US",
        "coordinates": {"latitude": 44.8963, "longitude": -93.2682},
    }
    wo = int(
        api.call(
            "create_work_order", json={"title": "On site", "location": site}, expect=201
        ).json()["id"]
    )
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9001}}, expect=200
    )
    near = {
        "in": {**at("2026-07-01 14:00:00"), "coords": {"latitude": 44.8965, "longitude": -93.2680}}
    }
    log = api.call(
        "create_work_order_time_log", path={"work_order_id": wo}, json=near, expect=201
    ).json()["time_logs"]["results"][0]
    assert log["in"]["coords"] == {"latitude": 44.8965, "longitude": -93.268}
    assert log["in"]["verified"] is True and log["in"]["distance"] < 0.1
    assert log["in"]["created"]["local"] == {"date": "2026-07-01", "time": "09:00:00"}
    assert log["time_zone"]["name"] == "America/Chicago"
    far = {"out": {**at("2026-07-01 16:00:00"), "coords": {"latitude": 44.98, "longitude": -93.27}}}
    log = api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log["id"]},
        json=far,
        expect=200,
    ).json()["time_logs"]["results"][0]
    assert log["out"]["verified"] is False and log["out"]["distance"] > 5


def test_bulk_update_is_all_or_nothing(api: Api) -> None:
    wo, first = with_log(api)
    second = api.call(
        "create_work_order_time_log",
        path={"work_order_id": wo},
        json={"in": at("2026-07-02 14:00:00")},
        expect=201,
    ).json()["time_logs"]["results"][0]["id"]
    body = {"data": [{"id": first, "devices": 7}, {"id": second, "out": at("2026-07-02 15:00:00")}]}
    answer = api.call(
        "update_all_work_order_time_logs", path={"work_order_id": wo}, json=body, expect=200
    ).json()
    assert answer["time_logs"]["hours"] == 3.5
    bad = {"data": [{"id": first, "devices": 1}, {"id": 999999, "devices": 1}]}
    r = api.call(
        "update_all_work_order_time_logs", path={"work_order_id": wo}, json=bad, expect=422
    )
    assert r.json()["errors"][0]["field"] == "body.data.1.id"
    devices = {r["id"]: r.get("devices") for r in logs(api, wo)["results"]}
    assert devices[first] == 7


def test_delete_recomputes_and_404s(api: Api) -> None:
    wo, log = with_log(api)
    answer = api.call(
        "delete_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        expect=200,
    ).json()
    assert answer["time_logs"]["metadata"]["total"] == 0 and answer["time_logs"]["hours"] == 0
    api.call(
        "delete_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        expect=404,
    )
    api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        json=FULL,
        expect=404,
    )


def test_time_is_logged_only_while_assigned_or_work_done(api: Api) -> None:
    draft = work_order(api)
    r = api.call("create_work_order_time_log", path={"work_order_id": draft}, json=FULL, expect=409)
    assert "Draft" in r.json()["message"]
    wo, log = with_log(api)
    api.client.post(f"/_sandbox/workorders/{wo}/work-done", params={"access_token": api.token})
    api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        json={"devices": 1},
        expect=200,
    )
    api.call("approve_work_order", path={"work_order_id": wo}, expect=200)
    api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        json={"devices": 2},
        expect=409,
    )
    api.call(
        "delete_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        expect=409,
    )
    assert logs(api, wo)["actions"] == []


def test_other_company_and_unknown_work_order(api: Api, other: Api) -> None:
    wo, log = with_log(api)
    other.call("list_work_order_time_logs", path={"work_order_id": wo}, expect=404)
    other.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        json={"devices": 1},
        expect=404,
    )
    other.call(
        "delete_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        expect=404,
    )
    api.call("list_work_order_time_logs", path={"work_order_id": 999999}, expect=404)
    assert logs(api, wo)["metadata"]["total"] == 1


def test_seeded_work_orders_have_time_logs(api: Api) -> None:
    found = api.call("list_work_orders", query={"list": "workorders_work_done"}, expect=200).json()[
        "results"
    ]
    assert found
    listed = logs(api, found[0]["id"])
    assert listed["metadata"]["total"] >= 1 and listed["hours"] > 0


def test_async_writes_answer_a_job_and_still_apply(api: Api) -> None:
    """``async`` (sent by Field Nation's Android client) on the bulk update, the update and
    the delete: 202 with a job, and the change is made."""
    wo, log = with_log(api)
    job = api.call(
        "update_all_work_order_time_logs",
        path={"work_order_id": wo},
        query={"async": True},
        json={"data": [{"id": log, "devices": 4}]},
        expect=202,
    ).json()
    assert job["job_id"] >= 1
    assert logs(api, wo)["results"][0]["devices"] == 4
    api.call(
        "update_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        query={"async": "true"},
        json={"devices": 6},
        expect=202,
    )
    assert logs(api, wo)["results"][0]["devices"] == 6
    api.call(
        "delete_work_order_time_log",
        path={"work_order_id": wo, "workorder_hours_id": log},
        query={"async": True},
        expect=202,
    )
    assert logs(api, wo)["results"] == []

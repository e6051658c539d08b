"""Incident ID and job status: stored on the work order, answered as the site summary."""

from __future__ import annotations

from .conftest import Api
from .recipes.site_revisits import site_reason
from .recipes.work_orders import new_work_order


def test_incident_set_related_and_removed(api: Api, other: Api) -> None:
    first, second = new_work_order(api), new_work_order(api)
    api.call(
        "update_work_order_incident",
        path={"work_order_id": first},
        json={"incident_id": "INC-7"},
        expect=200,
    )
    body = api.call(
        "update_work_order_incident",
        path={"work_order_id": second},
        json={"incident_id": "INC-7"},
        expect=200,
    ).json()
    assert body["incident_id"] == "INC-7" and [r["id"] for r in body["related_work_orders"]] == [
        first
    ]
    assert body["job_status"]["status"] == "pending" and body["revisits"] == []
    assert (
        api.call("get_work_order", path={"work_order_id": first}, expect=200).json()["incident_id"]
        == "INC-7"
    )
    other.call("delete_work_order_incident_id", path={"work_order_id": first}, expect=404)
    removed = api.call(
        "delete_work_order_incident_id", path={"work_order_id": first}, expect=200
    ).json()
    assert removed["incident_id"] is None and removed["related_work_orders"] == []
    assert (
        api.call("get_work_order", path={"work_order_id": first}, expect=200).json()["incident_id"]
        is None
    )


def test_numeric_incident_is_stored_as_text(api: Api, other: Api) -> None:
    wo = new_work_order(api)
    assert (
        api.call(
            "update_work_order_incident",
            path={"work_order_id": wo},
            json={"incident_id": 12},
            expect=200,
        ).json()["incident_id"]
        == "12"
    )
    api.call(
        "update_work_order_incident",
        path={"work_order_id": wo},
        json={"incident_id": "   "},
        expect=400,  # the spec's pattern: not blank
    )
    other.call(
        "update_work_order_incident",
        path={"work_order_id": wo},
        json={"incident_id": "X"},
        expect=404,
    )


def test_job_status_with_history(api: Api) -> None:
    wo = new_work_order(api)
    reason = site_reason(api, "job_status")
    body = api.call(
        "update_work_order_job_status",
        path={"work_order_id": wo},
        json={"status": "incomplete", "reason_id": reason},
        expect=200,
    ).json()
    status = body["job_status"]
    assert (
        status["status"] == "incomplete"
        and status["reason"]["id"] == reason
        and status["reason"]["label"]
    )
    assert [h["status"] for h in status["history"]] == ["pending"]
    info = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["site_revisit"]
    assert info["job_status"] == "incomplete" and info["incomplete_reason"]["reason_id"] == reason
    done = api.call(
        "update_work_order_job_status",
        path={"work_order_id": wo},
        json={"status": "complete"},
        expect=200,
    ).json()["job_status"]
    assert done["status"] == "complete" and done["reason"] is None
    assert [h["status"] for h in done["history"]] == ["incomplete", "pending"] and done["history"][
        0
    ]["reason"]["id"] == reason
    assert (
        "incomplete_reason"
        not in api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()[
            "site_revisit"
        ]
    )


def test_job_status_reason_must_be_a_job_status_reason(api: Api, other: Api) -> None:
    wo = new_work_order(api)
    api.call(
        "update_work_order_job_status",
        path={"work_order_id": wo},
        json={"status": "incomplete", "reason_id": site_reason(api, "revisit")},
        expect=422,
    )
    api.call(
        "update_work_order_job_status",
        path={"work_order_id": wo},
        json={"status": "incomplete", "reason_id": 999999},
        expect=422,
    )
    api.call(
        "update_work_order_job_status",
        path={"work_order_id": wo},
        json={"status": "incomplete", "reason_id": site_reason(other, "job_status")},
        expect=422,
    )
    other.call(
        "update_work_order_job_status",
        path={"work_order_id": wo},
        json={"status": "complete"},
        expect=404,
    )

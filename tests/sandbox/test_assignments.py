"""Provider cancel, provider delay acknowledgement, and the providers pending assignment."""

from __future__ import annotations

from .conftest import Api
from .recipes.work_orders import in_status, new_work_order


def wo_doc(api: Api, wo: int) -> dict:
    return api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()


def test_provider_cancel_reopens_the_work_order(api: Api) -> None:
    wo = in_status(api, "publish", "assign")
    doc = api.call(
        "unassign_work_order_provider",
        path={"work_order_id": wo},
        json={"reason": "Vehicle breakdown", "reason_id": 5},
        expect=200,
    ).json()
    assert doc["status"]["name"] == "Published" and "assignee" not in doc
    assert wo_doc(api, wo)["status"]["name"] == "Published"
    api.call("unassign_work_order_provider", path={"work_order_id": wo}, expect=409)
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9002}}, expect=200
    )
    assert (
        api.call("unassign_work_order_provider", path={"work_order_id": wo}, expect=200).json()[
            "status"
        ]["name"]
        == "Published"
    )


def test_provider_cancel_needs_an_assignment(api: Api, other: Api) -> None:
    api.call(
        "unassign_work_order_provider", path={"work_order_id": new_work_order(api)}, expect=409
    )
    wo = in_status(api, "assign")
    other.call("unassign_work_order_provider", path={"work_order_id": wo}, expect=404)
    assert wo_doc(api, wo)["status"]["name"] == "Assigned"


def test_delay_report_and_acknowledgement(api: Api) -> None:
    wo = in_status(api, "assign")
    api.call(
        "acknowledge_provider_delay", path={"work_order_id": wo}, expect=409
    )  # nothing reported yet
    doc = api.call(
        "acknowledge_provider_delay",
        path={"work_order_id": wo},
        json={"delay_minutes": 30, "reason": "Traffic"},
        expect=200,
    ).json()
    assert (
        doc["status"]["name"] == "Assigned"
        and doc["status"]["sub_status"] == "delayed"
        and doc["status"]["delay"] == 1800
    )
    assert (
        doc["status"]["display"] == "Assigned: Delayed"
        and doc["eta"]["condition"]["status"] == "delayed"
    )
    stored = wo_doc(api, wo)
    assert (
        stored["status"]["delay"] == 1800 and stored["eta"]["condition"]["estimated_delay"] == 1800
    )
    api.call(
        "acknowledge_provider_delay", path={"work_order_id": wo}, json={}, expect=409
    )  # already acknowledged
    later = api.call(
        "acknowledge_provider_delay",
        path={"work_order_id": wo},
        json={"delay_minutes": 45},
        expect=200,
    ).json()
    assert later["status"]["delay"] == 2700


def test_delay_needs_an_assigned_work_order(api: Api, other: Api) -> None:
    api.call(
        "acknowledge_provider_delay",
        path={"work_order_id": in_status(api, "publish")},
        json={"delay_minutes": 10},
        expect=409,
    )
    wo = in_status(api, "assign")
    other.call(
        "acknowledge_provider_delay",
        path={"work_order_id": wo},
        json={"delay_minutes": 10},
        expect=404,
    )


def test_pending_lists_the_routed_providers(api: Api) -> None:
    wo = in_status(api, "publish")
    empty = api.call(
        "list_work_order_pending_requests", path={"work_order_id": wo}, expect=200
    ).json()
    assert (
        empty["results"] == [] and empty["metadata"]["list"] == "find_providers_pending_assignment"
    )
    api.call(
        "mass_route_work_order",
        path={"work_order_id": wo},
        json={"ids": [9001, 9002, 9003]},
        expect=200,
    )
    body = api.call(
        "list_work_order_pending_requests", path={"work_order_id": wo}, expect=200
    ).json()
    assert [p["id"] for p in body["results"]] == [9001, 9002, 9003]
    assert (
        body["results"][0]["first_name"] == "Sam"
        and body["results"][0]["has_request"] is False
        and "route" in body["results"][0]
    )
    page = api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"page": 2, "per_page": 2},
        expect=200,
    ).json()
    assert [p["id"] for p in page["results"]] == [9003] and page["metadata"]["pages"] == 2
    api.call(
        "unroute_work_order", path={"work_order_id": wo}, json={"user": {"id": 9002}}, expect=200
    )
    after = api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "find_providers_routed"},
        expect=200,
    ).json()
    assert [p["id"] for p in after["results"]] == [9001, 9003]
    requested = api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "find_providers_requested"},
        expect=200,
    ).json()
    assert requested["results"] == []
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9001}}, expect=200
    )
    assert (
        api.call("list_work_order_pending_requests", path={"work_order_id": wo}, expect=200).json()[
            "results"
        ]
        == []
    )


def test_pending_list_choice_is_sticky(api: Api) -> None:
    wo = in_status(api, "route")
    api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "find_providers_requested", "view": "list", "sticky": True},
        expect=200,
    )
    again = api.call(
        "list_work_order_pending_requests", path={"work_order_id": wo}, expect=200
    ).json()
    assert (
        again["metadata"]["list"] == "find_providers_requested"
        and again["metadata"]["view"] == "list"
    )


def test_pending_unknown_list_and_other_company(api: Api, other: Api) -> None:
    wo = in_status(api, "route")
    api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "nope"},
        expect=400,
    )
    other.call("list_work_order_pending_requests", path={"work_order_id": wo}, expect=404)


def test_delay_with_new_eta(api: Api) -> None:
    wo = in_status(api, "assign")
    api.call(
        "acknowledge_provider_delay",
        path={"work_order_id": wo},
        json={"new_eta": {"utc": "2026-02-30 10:00:00"}},
        expect=422,
    )
    doc = api.call(
        "acknowledge_provider_delay",
        path={"work_order_id": wo},
        json={"new_eta": {"utc": "2099-07-01T15:30:00Z"}, "reason": "Flat tyre"},
        expect=200,
    ).json()
    assert (
        doc["eta"]["start"]["utc"] == "2099-07-01 15:30:00"
        and doc["eta"]["notes"] == "Flat tyre"
        and doc["status"]["delay"] > 0
    )
    cancelled = api.call(
        "unassign_work_order_provider", path={"work_order_id": wo}, expect=200
    ).json()
    assert "sub_status" not in cancelled["status"] and "condition" not in cancelled.get("eta", {})

"""The work-order lifecycle end to end, and every illegal transition rejected with 409."""

from __future__ import annotations

from typing import Any

import pytest

from sandbox import lifecycle

from .conftest import Api
from .recipes.work_orders import in_status, new_work_order


def simulate(api: Api, wo: int, step: str) -> Any:
    r = api.client.post(f"/_sandbox/workorders/{wo}/{step}", params={"access_token": api.token})
    assert r.status_code == 200, r.text
    return r.json()


def first_incomplete_reason(api: Api) -> int:
    reasons = api.call(
        "list_incomplete_reasons", path={"company_id": api.creds["id"]}, expect=200
    ).json()
    return int((reasons[0] if isinstance(reasons, list) else reasons["results"][0])["id"])


def status(api: Api, wo: int) -> str:
    return str(
        api.call("get_work_order_status", path={"work_order_id": wo}, expect=200).json()["name"]
    )


def test_route_path_to_paid(api: Api) -> None:
    wo = new_work_order(api)
    assert status(api, wo) == "Draft"
    api.call("publish_work_order", path={"work_order_id": wo}, expect=200)
    assert status(api, wo) == "Published"
    routed = api.call(
        "route_work_order",
        path={"work_order_id": wo},
        json={"technician": {"id": 9002}},
        expect=200,
    ).json()
    assert routed["id"] == 9002
    assert status(api, wo) == "Routed"
    assigned = api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9002}}, expect=200
    ).json()
    assert assigned["assignee"]["user"]["id"] == 9002 and assigned["status"]["name"] == "Assigned"
    assert simulate(api, wo, "work-done")["status"]["name"] == "Work Done"
    approved = api.call("approve_work_order", path={"work_order_id": wo}, expect=200).json()
    assert approved["status"] == {"id": 5, "name": "Approved", "display": "Approved"}
    paid = simulate(api, wo, "paid")
    assert paid["status"]["name"] == "Paid"
    milestones = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()[
        "milestones"
    ]
    for step in ("created", "published", "routed", "assigned", "workdone", "approved", "paid"):
        assert "utc" in milestones[step], step
    assert milestones["time_to_dispatch"] >= 0 and milestones["time_to_approve"] >= 0


def test_assign_path_with_incomplete_and_recomplete(api: Api) -> None:
    wo = new_work_order(api)
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9001}}, expect=200
    )
    simulate(api, wo, "work-done")
    reasons = api.call(
        "list_incomplete_reasons", path={"company_id": api.creds["id"]}, expect=200
    ).json()
    reason = (reasons[0] if isinstance(reasons, list) else reasons["results"][0])["id"]
    back = api.call(
        "incomplete_work_order",
        path={"work_order_id": wo},
        query={"reason": "Missing part", "reason_id": reason},
        expect=200,
    ).json()
    assert back["status"]["name"] == "Assigned"
    assert back["site_revisit"]["job_status"] == "incomplete"
    assert back["site_revisit"]["incomplete_reason"]["reason_id"] == reason
    assert simulate(api, wo, "work-done")["status"]["name"] == "Work Done"
    assert (
        api.call("approve_work_order", path={"work_order_id": wo}, expect=200).json()["status"][
            "name"
        ]
        == "Approved"
    )


def test_incomplete_with_unknown_reason_is_422(api: Api) -> None:
    wo = in_status(api, "assign", "work_done")
    r = api.call(
        "incomplete_work_order",
        path={"work_order_id": wo},
        query={"reason": "x", "reason_id": 999999},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "query.reason_id"


def test_unroute_last_provider_returns_to_published(api: Api) -> None:
    wo = in_status(api, "route")
    out = api.call(
        "unroute_work_order", path={"work_order_id": wo}, json={"user": {"id": 9002}}, expect=200
    ).json()
    assert out["status"]["name"] == "Published"


def routed_to(api: Api, wo: int) -> list[int]:
    listed = api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "find_providers_routed"},
        expect=200,
    ).json()
    return [row["id"] for row in listed["results"]]


@pytest.mark.parametrize("operation", ["unassign_work_order", "unassign_work_order_provider"])
@pytest.mark.parametrize(
    ("steps", "back"),
    [(("publish",), "Published"), (("route",), "Routed"), ((), "Draft")],
)
def test_unassign_returns_to_the_status_before_assignment(
    api: Api, operation: str, steps: tuple[str, ...], back: str
) -> None:
    wo = in_status(api, *steps, "assign")
    out = api.call(
        operation, path={"work_order_id": wo}, json={"comment": "rescheduled"}, expect=200
    ).json()
    assert out["status"]["name"] == back and "assignee" not in out
    assert status(api, wo) == back
    assert out["actions"] == lifecycle.actions(back)
    assert routed_to(api, wo) == ([9002] if back == "Routed" else [])
    if back == "Routed":  # routed again: the way back out of Routed works as before
        left = api.call(
            "unroute_work_order", path={"work_order_id": wo}, json={"user": {"id": 9002}}
        )
        assert left.status_code == 200 and left.json()["status"]["name"] == "Published"


def test_unassign_after_a_second_assignment_returns_to_where_that_one_started(
    api: Api,
) -> None:
    wo = in_status(api, "route", "assign")
    api.call("unassign_work_order", path={"work_order_id": wo}, expect=200)
    api.call("unpublish_work_order", path={"work_order_id": wo}, expect=200)
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9003}}, expect=200
    )
    out = api.call("unassign_work_order", path={"work_order_id": wo}, expect=200).json()
    assert out["status"]["name"] == "Draft" and routed_to(api, wo) == []


def test_async_publish_answers_a_job_and_applies(api: Api) -> None:
    wo = new_work_order(api)
    job = api.call(
        "publish_work_order", path={"work_order_id": wo}, query={"async": "true"}, expect=202
    ).json()
    assert job["job_id"] >= 1
    assert status(api, wo) == "Published"


def test_cancel_requires_reason_and_is_final(api: Api) -> None:
    wo = new_work_order(api)
    api.call("delete_work_order", path={"work_order_id": wo}, expect=422)
    out = api.call(
        "delete_work_order", path={"work_order_id": wo}, json={"cancel_reason": 58}, expect=200
    ).json()
    assert out["status"]["name"] == "Cancelled"
    api.call("publish_work_order", path={"work_order_id": wo}, expect=409)


def _in(api: Api, name: str) -> int:
    steps = {
        "Draft": [],
        "Published": ["publish"],
        "Routed": ["route"],
        "Assigned": ["assign"],
        "Work Done": ["assign", "work_done"],
    }
    if name in steps:
        return in_status(api, *steps[name])
    wo = in_status(api, "assign", "work_done")
    if name in ("Approved", "Paid"):
        api.call("approve_work_order", path={"work_order_id": wo}, expect=200)
        if name == "Paid":
            simulate(api, wo, "paid")
    return wo


ACTIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "publish": ("publish_work_order", {}),
    "unpublish": ("unpublish_work_order", {}),
    "revert_to_draft": ("revert_work_order_to_draft", {}),
    "route": ("route_work_order", {"json": {"user": {"id": 9003}}}),
    "mass_route": ("mass_route_work_order", {"json": {"ids": [9003]}}),
    "unroute": ("unroute_work_order", {}),
    "assign": ("assign_work_order", {"json": {"user": {"id": 9003}}}),
    "unassign": ("unassign_work_order", {}),
    "approve": ("approve_work_order", {}),
    "cancel": ("delete_work_order", {"query": {"cancel_reason": "Duplicate"}}),
}
STATUSES = ["Draft", "Published", "Routed", "Assigned", "Work Done", "Approved", "Paid"]
ILLEGAL = [
    (action, name)
    for action in ACTIONS
    for name in STATUSES
    if name not in lifecycle.TRANSITIONS[action].sources
]


@pytest.mark.parametrize(("action", "current"), ILLEGAL)
def test_illegal_transition_is_409(api: Api, action: str, current: str) -> None:
    wo = _in(api, current)
    operation_id, extra = ACTIONS[action]
    r = api.call(operation_id, path={"work_order_id": wo}, expect=409, **extra)
    assert f"status is {current}" in r.json()["message"]
    assert status(api, wo) == current


def test_illegal_incomplete_is_409(api: Api) -> None:
    wo = in_status(api, "assign")
    api.call(
        "incomplete_work_order",
        path={"work_order_id": wo},
        query={"reason": "x", "reason_id": 8},
        expect=409,
    )


def test_illegal_auto_dispatch_is_409(api: Api) -> None:
    wo = in_status(api, "assign")
    api.call("auto_dispatch_work_orders", json={"work_order_ids": [wo]}, expect=409)


def test_incomplete_with_the_older_reference_form(api: Api) -> None:
    """The older reference sends the reason id alone in `reason`; the guide adds `reason_id`."""
    reason = first_incomplete_reason(api)
    wo = in_status(api, "assign", "work_done")
    back = api.call(
        "incomplete_work_order",
        path={"work_order_id": wo},
        query={"reason": str(reason)},
        expect=200,
    ).json()
    assert back["site_revisit"]["incomplete_reason"]["reason_id"] == reason
    again = in_status(api, "assign", "work_done")
    words = api.call(
        "incomplete_work_order",
        path={"work_order_id": again},
        query={"reason": "Missing part"},
        expect=422,
    ).json()
    assert words["errors"][0]["field"] == "query.reason_id"
    assert status(api, again) == "Work Done"
    unknown = api.call(
        "incomplete_work_order",
        path={"work_order_id": again},
        query={"reason": "999999"},
        expect=422,
    ).json()
    assert unknown["errors"][0]["field"] == "query.reason"


@pytest.mark.parametrize(
    ("operation", "steps", "after"),
    [
        ("approve_work_order", ("assign", "work_done"), "Approved"),
        ("unassign_work_order", ("publish", "assign"), "Published"),
        ("incomplete_work_order", ("assign", "work_done"), "Assigned"),
    ],
)
def test_async_on_the_actions_the_android_client_runs_async(
    api: Api, operation: str, steps: tuple[str, ...], after: str
) -> None:
    wo = in_status(api, *steps)
    query: dict[str, Any] = {"async": "true"}
    if operation == "incomplete_work_order":
        query["reason"] = first_incomplete_reason(api)
    job = api.call(operation, path={"work_order_id": wo}, query=query, expect=202).json()
    assert job["job_id"] >= 1
    assert status(api, wo) == after


OFFERED = {"delete": "cancel"}  # the name a work order offers -> its transition
"""Offered names that differ from the transition's."""


@pytest.mark.parametrize("current", STATUSES)
def test_offered_actions_are_exactly_the_accepted_ones(api: Api, current: str) -> None:
    wo = _in(api, current)
    doc = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    offered = set(doc["actions"]) - {"edit"}
    accepted = {
        name
        for name in [*ACTIONS, "incomplete"]
        if current in lifecycle.TRANSITIONS[name].sources
        and lifecycle.TRANSITIONS[name].offered is not None
    }
    assert {OFFERED.get(a, a) for a in offered} == accepted
    assert ("edit" in doc["actions"]) == (current in lifecycle.EDITABLE)
    assignee = doc.get("assignee")
    if current in ("Assigned", "Work Done", "Approved", "Paid"):
        assert assignee is not None
        assert assignee["actions"] == (["unassign"] if current == "Assigned" else [])


def incomplete(api: Api) -> tuple[str, dict[str, Any]]:
    reason = first_incomplete_reason(api)
    return "incomplete_work_order", {"query": {"reason_id": reason, "reason": "Missing part"}}


@pytest.mark.parametrize("current", STATUSES)
def test_every_offered_action_is_accepted(api: Api, current: str) -> None:
    doc = api.call("get_work_order", path={"work_order_id": _in(api, current)}, expect=200).json()
    offered = [*doc["actions"], *(doc.get("assignee") or {}).get("actions", [])]
    for action in dict.fromkeys(offered):
        if action == "edit":
            continue
        wo = _in(api, current)
        operation_id, extra = ACTIONS.get(OFFERED.get(action, action)) or incomplete(api)
        r = api.call(operation_id, path={"work_order_id": wo}, **extra)
        assert r.status_code in (200, 202), (current, action, r.text)
        assert status(api, wo) != current or action == "route", (current, action)


def test_assignee_of_a_finished_work_order_offers_no_unassign(api: Api) -> None:
    wo = _in(api, "Paid")
    doc = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert doc["assignee"]["actions"] == [] and doc["actions"] == []
    api.call("unassign_work_order", path={"work_order_id": wo}, expect=409)
    api.call("unassign_work_order_provider", path={"work_order_id": wo}, expect=409)


def test_selection_rule_filters_routed_providers(api: Api) -> None:
    """The lifecycle guide's `selection_rule` (rating >= 4.5) on routing."""
    rule = {"rules": [{"name": "rating", "operator": ">=", "value": 4.5}]}
    wo = new_work_order(api)
    api.call(
        "mass_route_work_order",
        path={"work_order_id": wo},
        json={"ids": [9001, 9004], "selection_rule": rule},  # 4.8 and 4.4 stars
        expect=200,
    )
    routed = api.call(
        "list_work_order_pending_requests",
        path={"work_order_id": wo},
        query={"list": "find_providers_routed"},
        expect=200,
    ).json()
    assert [p["id"] for p in routed["results"]] == [9001]
    low = api.call(
        "route_work_order",
        path={"work_order_id": wo},
        json={"technician": {"id": 9004}, "selection_rule": rule},
        expect=422,
    ).json()
    assert low["errors"][0]["field"] == "body.technician.id"
    other = {"rules": [{"name": "distance", "operator": "<", "value": 50}]}
    unknown = api.call(
        "route_work_order",
        path={"work_order_id": wo},
        json={"technician": {"id": 9001}, "selection_rule": other},
        expect=422,
    ).json()
    assert unknown["errors"][0]["field"] == "body.selection_rule.rules.0.name"

"""Users: staff of the caller's company and marketplace providers."""

from __future__ import annotations

from .conftest import Api


def test_provider_profile(api: Api) -> None:
    body = api.call("get_user", path={"user_id": 9001}, expect=200).json()
    assert body["role"] == "provider"
    assert body["first_name"] == "Sam"
    assert 62 in {t["id"] for t in body["types_of_work"]}
    assert body["rating"]["marketplace"]["stars"] > 0
    assert body["coords"]["latitude"]


def test_providers_are_seen_by_every_company_with_its_own_groups(api: Api, other: Api) -> None:
    mine = api.call("get_user", path={"user_id": 9001}, expect=200).json()
    theirs = other.call("get_user", path={"user_id": 9001}, expect=200).json()
    assert {13, 9921} <= {g["id"] for g in mine["preferred_groups"]}
    assert {g["id"] for g in theirs["preferred_groups"]} == {99999999}


def test_preferred_groups_follow_membership(api: Api) -> None:
    api.call(
        "add_preferred_provider_group_user",
        path={"group_id": 13},
        json={"user": {"id": 9005}},
        expect=201,
    )
    body = api.call("get_user", path={"user_id": 9005}, expect=200).json()
    assert 13 in {g["id"] for g in body["preferred_groups"]}


def test_worked_with_follows_assignments(api: Api) -> None:
    assert api.call("get_user", path={"user_id": 9001}, expect=200).json()["worked_with"] is True
    assert api.call("get_user", path={"user_id": 9002}, expect=200).json()["worked_with"] is False
    wo = api.call("create_work_order", json={"title": "Rack a switch"}, expect=201).json()["id"]
    api.call(
        "assign_work_order", path={"work_order_id": wo}, json={"user": {"id": 9002}}, expect=200
    )
    body = api.call("get_user", path={"user_id": 9002}, expect=200).json()
    assert body["worked_with"] is True
    assert "my_company" in body["rating"]


def test_own_staff_user(api: Api) -> None:
    body = api.call("get_user", path={"user_id": 7002}, expect=200).json()
    assert body["company"] == {"id": 501, "name": "Acme Field Services"}
    assert body["email"] == "marcus.lee@acme-field.example"


def test_other_company_staff_and_unknown_users_are_404(api: Api, other: Api) -> None:
    api.call("get_user", path={"user_id": 7101}, expect=404)
    other.call("get_user", path={"user_id": 7001}, expect=404)
    api.call("get_user", path={"user_id": 123456}, expect=404)

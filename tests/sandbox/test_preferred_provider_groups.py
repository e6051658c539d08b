"""Preferred provider groups: membership writes read back through every view, the built-in
Uncategorized group holds preferred providers not in any other group."""

from __future__ import annotations

from .conftest import Api

UNCATEGORIZED = 99999999


def _members(api: Api, group: int) -> list[int]:
    return list(
        api.call(
            "list_preferred_provider_group_provider_ids", path={"group_id": group}, expect=200
        ).json()["results"]
    )


def test_list_groups(api: Api, other: Api) -> None:
    body = api.call("list_preferred_provider_groups", expect=200).json()
    groups = {g["id"]: g for g in body["results"]}
    assert body["results"][0]["id"] == UNCATEGORIZED and groups[UNCATEGORIZED]["actions"] == []
    assert groups[13]["name"] == "ATM Repair" and groups[13]["providers"] == 2
    assert 9921 in groups
    assert 13 not in {
        g["id"] for g in other.call("list_preferred_provider_groups", expect=200).json()["results"]
    }


def test_get_group_and_404s(api: Api, other: Api) -> None:
    assert (
        api.call("get_preferred_provider_group", path={"group_id": 13}, expect=200).json()[
            "providers"
        ]
        == 2
    )
    other.call("get_preferred_provider_group", path={"group_id": 13}, expect=404)
    api.call("get_preferred_provider_group", path={"group_id": 424242}, expect=404)
    other.call("list_preferred_provider_group_users", path={"group_id": 13}, expect=404)
    other.call(
        "add_preferred_provider_group_user",
        path={"group_id": 13},
        json={"user": {"id": 9004}},
        expect=404,
    )


def test_every_company_has_its_own_uncategorized(api: Api, other: Api) -> None:
    assert _members(api, UNCATEGORIZED) == [9004]
    assert _members(other, UNCATEGORIZED) == [9001]


def test_add_reads_back_everywhere(api: Api) -> None:
    group = api.call(
        "add_preferred_provider_group_user",
        path={"group_id": 13},
        json={"user": {"id": 9004}},
        expect=201,
    ).json()
    assert group["providers"] == 3
    assert _members(api, 13) == [9001, 9002, 9004]
    assert (
        api.call("get_preferred_provider_group", path={"group_id": 13}, expect=200).json()[
            "providers"
        ]
        == 3
    )
    users = api.call(
        "list_preferred_provider_group_users", path={"group_id": 13}, expect=200
    ).json()["results"]
    added = next(u for u in users if u["id"] == 9004)
    assert 13 in {g["id"] for g in added["preferred_groups"]}
    assert 9004 not in _members(api, UNCATEGORIZED)  # now placed in a group


def test_add_several_and_conflicts(api: Api) -> None:
    api.call(
        "add_preferred_provider_group_user",
        path={"group_id": 13},
        json={"users": [{"id": 9003}, {"id": 9005}]},
        expect=201,
    )
    assert _members(api, 13)[-2:] == [9003, 9005]
    api.call(
        "add_preferred_provider_group_user",
        path={"group_id": 13},
        json={"user": {"id": 9001}},
        expect=409,
    )
    api.call(
        "add_preferred_provider_group_user",
        path={"group_id": UNCATEGORIZED},
        json={"user": {"id": 9001}},
        expect=409,
    )


def test_add_non_provider_is_422(api: Api) -> None:
    response = api.call(
        "add_preferred_provider_group_user",
        path={"group_id": 13},
        json={"users": [{"id": 9004}, {"id": 7001}]},
        expect=422,
    )
    assert response.json()["errors"][0]["field"] == "body.users.1.id"
    assert 9004 not in _members(api, 13)


def test_remove_falls_back_to_uncategorized(api: Api) -> None:
    group = api.call(
        "remove_preferred_provider_group_users",
        path={"group_id": 13},
        json={"users": [{"id": 9001}, {"id": 9002}]},
        expect=200,
    ).json()
    assert group["providers"] == 0 and _members(api, 13) == []
    uncategorized = _members(api, UNCATEGORIZED)
    assert 9002 in uncategorized  # in no other group any more
    assert 9001 not in uncategorized  # still in 9921
    api.call(
        "remove_preferred_provider_group_users",
        path={"group_id": UNCATEGORIZED},
        json={"user": {"id": 9002}},
        expect=200,
    )
    assert 9002 not in _members(api, UNCATEGORIZED)


def test_remove_non_member_is_422(api: Api) -> None:
    response = api.call(
        "remove_preferred_provider_group_users",
        path={"group_id": 13},
        json={"users": [{"id": 9001}, {"id": 9005}]},
        expect=422,
    )
    assert response.json()["errors"][0]["field"] == "body.users.1.id"
    assert _members(api, 13) == [9001, 9002]


def test_users_page(api: Api) -> None:
    body = api.call(
        "list_preferred_provider_group_users",
        path={"group_id": 9921},
        query={"per_page": 2, "page": 2},
        expect=200,
    ).json()
    assert body["metadata"]["total"] == 3 and body["metadata"]["pages"] == 2
    assert [u["id"] for u in body["results"]] == [9005]


def test_mass_route_to_a_group(api: Api) -> None:
    wo = api.call(
        "create_work_order", json={"title": "Route to POS specialists"}, expect=201
    ).json()["id"]
    api.call(
        "mass_route_work_order",
        path={"work_order_id": wo},
        json={"talent_pool_id": 9921},
        expect=200,
    )
    assert (
        api.call("get_work_order_status", path={"work_order_id": wo}, expect=200).json()["name"]
        == "Routed"
    )

"""Talent pool groups: CRUD, filters, cursor pages, tiers, providers and their removal."""

from __future__ import annotations

import uuid

from .conftest import Api
from .recipes.talent_pool_groups import BODY, GROUP, new_group

MISSING = str(uuid.uuid4())


def new_project(api: Api) -> int:
    return int(
        api.call("create_project", json={"name": "Summer Kiosk Rollout"}, expect=201).json()["id"]
    )


def test_create_reads_back_and_lists(api: Api) -> None:
    made = new_group(api)
    gid = made["talent_pool_group_id"]
    assert [t["name"] for t in made["tiers"]] == ["Tier 1 - Premium", "Tier 2 - Standard"]
    assert made["attributes"] == [{"name": "certification_level", "value": "expert"}]
    assert api.call("get_talent_pool_group", path={"group_uuid": gid}, expect=200).json() == made
    listed = api.call("list_talent_pool_groups", query={"f_ids": gid}, expect=200).json()
    assert [g["talent_pool_group_id"] for g in listed["data"]] == [gid]


def test_create_needs_a_project_of_the_company(api: Api) -> None:
    api.call("create_talent_pool_group", json={**BODY, "project_id": 999999}, expect=422)
    api.call(
        "create_talent_pool_group", json={**BODY, "project_id": 2301}, expect=422
    )  # Globex's project


def test_create_rejects_tier_ids(api: Api) -> None:
    """A schema rule (TalentPoolNewTierInput: `not: {required: [id]}`), so a 400 naming it."""

    def count() -> int:
        query = {"f_name": BODY["name"]}
        return len(api.call("list_talent_pool_groups", query=query, expect=200).json()["data"])

    before = count()
    err = api.call(
        "create_talent_pool_group",
        json={**BODY, "talent_pools": [{"name": "y"}, {"id": 1, "name": "x"}]},
        expect=400,
    ).json()
    assert err["errors"] == [
        {"field": "body.talent_pools.1.id", "message": "must be left out here"}
    ]
    assert count() == before, "nothing was created"


def test_filters_and_sort(api: Api) -> None:
    new_group(api, name="Alpha Techs")
    by_name = api.call("list_talent_pool_groups", query={"f_name": "alpha"}, expect=200).json()[
        "data"
    ]
    assert [g["name"] for g in by_name] == ["Alpha Techs"]
    ordered = api.call(
        "list_talent_pool_groups", query={"sort_by": "name", "sort_direction": "DESC"}, expect=200
    ).json()["data"]
    names = [g["name"] for g in ordered]
    assert names == sorted(names, key=str.lower, reverse=True)
    assert (
        api.call(
            "list_talent_pool_groups", query={"f_project_id": new_project(api)}, expect=200
        ).json()["data"]
        == []
    )
    api.call("list_talent_pool_groups", query={"sort_by": "nonsense"}, expect=422)


def test_cursor_pages(api: Api) -> None:
    for i in range(3):
        new_group(api, name=f"Paged group {i}")
    seen: list[str] = []
    cursor = None
    while True:
        query = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = api.call("list_talent_pool_groups", query=query, expect=200).json()
        seen += [g["talent_pool_group_id"] for g in page["data"]]
        if not page["pagination"]["has_next_page"]:
            break
        cursor = page["pagination"]["next_cursor"]
    assert len(seen) == len(set(seen)) == 5  # two seeded + three new
    api.call("list_talent_pool_groups", query={"cursor": "!!not-a-cursor"}, expect=422)


def test_update_renames_adds_tiers_and_upserts_attributes(api: Api) -> None:
    body = {
        "name": "Spring POS Refresh - Midwest (2026)",
        "attributes": [
            {"name": "certification_level", "value": "master"},
            {"name": "region", "value": "midwest"},
        ],
        "talent_pools": [{"id": 2, "name": "Tier 2 - Silver"}, {"name": "Tier 3 - Overflow"}],
    }
    got = api.call(
        "update_talent_pool_group", path={"group_uuid": GROUP}, json=body, expect=200
    ).json()
    assert got["name"] == body["name"]
    assert got["attributes"] == [
        {"name": "certification_level", "value": "master"},
        {"name": "region", "value": "midwest"},
    ]
    assert [t["name"] for t in got["tiers"]] == [
        "Tier 1 - Premium",
        "Tier 2 - Silver",
        "Tier 3 - Overflow",
    ]
    assert api.call("get_talent_pool_group", path={"group_uuid": GROUP}, expect=200).json() == got
    api.call(
        "update_talent_pool_group",
        path={"group_uuid": GROUP},
        json={"talent_pools": [{"id": 3, "name": "x"}]},
        expect=422,
    )


def test_update_cannot_move_a_group_with_providers(api: Api) -> None:
    project = new_project(api)
    api.call(
        "update_talent_pool_group",
        path={"group_uuid": GROUP},
        json={"project_id": project},
        expect=422,
    )
    empty = new_group(api)["talent_pool_group_id"]
    moved = api.call(
        "update_talent_pool_group",
        path={"group_uuid": empty},
        json={"project_id": project},
        expect=200,
    ).json()
    assert moved["project_id"] == project


def test_delete(api: Api) -> None:
    gid = new_group(api)["talent_pool_group_id"]
    assert (
        api.call("delete_talent_pool_group", path={"group_uuid": gid}, expect=200).json()["success"]
        is True
    )
    api.call("get_talent_pool_group", path={"group_uuid": gid}, expect=404)
    api.call("delete_talent_pool_group", path={"group_uuid": gid}, expect=404)


def test_delete_drops_memberships_and_their_attributes(api: Api) -> None:
    api.call("delete_talent_pool_group", path={"group_uuid": GROUP}, expect=200)
    api.call(
        "list_provider_attributes", path={"talent_pool_id": 2, "provider_id": 9001}, expect=404
    )
    placed = api.call(
        "get_project_provider_assignments",
        path={"project_id": 2201, "provider_id": 9001},
        expect=200,
    ).json()
    assert GROUP not in [p["talent_pool_group_id"] for p in placed["talent_pool_groups"]]


def test_providers_and_removal_by_tier(api: Api) -> None:
    page = api.call(
        "list_talent_pool_group_providers",
        path={"group_uuid": GROUP},
        query={"sort_by": "provider_id"},
        expect=200,
    ).json()
    assert [(p["provider_id"], p["tier"]["id"]) for p in page["data"]] == [
        (9001, 2),
        (9002, 1),
        (9005, 2),
    ]
    multiple = {p["provider_id"]: p["exists_in_multiple_talent_pool_groups"] for p in page["data"]}
    assert multiple[9001] is True and multiple[9005] is False
    path = {"group_uuid": GROUP, "provider_id": 9005}
    api.call(
        "remove_talent_pool_group_provider", path=path, expect=422
    )  # neither tierId nor removeFromProject
    api.call(
        "remove_talent_pool_group_provider", path=path, query={"tierId": 1}, expect=404
    )  # not in tier 1
    api.call(
        "remove_talent_pool_group_provider", path=path, query={"tierId": 99}, expect=404
    )  # not a tier of the group
    got = api.call(
        "remove_talent_pool_group_provider", path=path, query={"tierId": 2}, expect=200
    ).json()
    assert got["removed_count"] == 1
    left = api.call(
        "list_talent_pool_group_providers", path={"group_uuid": GROUP}, expect=200
    ).json()["data"]
    assert 9005 not in [p["provider_id"] for p in left]


def test_remove_from_project_leaves_every_group_and_drops_attributes(api: Api) -> None:
    got = api.call(
        "remove_talent_pool_group_provider",
        path={"group_uuid": GROUP, "provider_id": 9001},
        query={"removeFromProject": True},
        expect=200,
    ).json()
    assert got["removed_count"] == 2  # tier 2 here and tier 5 of the backup group
    for gid in (GROUP, "5b7d0e61-3f2a-4c8e-9a41-0d2f6c7e8b13"):
        data = api.call(
            "list_talent_pool_group_providers", path={"group_uuid": gid}, expect=200
        ).json()["data"]
        assert 9001 not in [p["provider_id"] for p in data]
    api.call(
        "list_provider_attributes", path={"talent_pool_id": 2, "provider_id": 9001}, expect=404
    )


def test_unknown_and_other_company(api: Api, other: Api) -> None:
    for op in (
        "get_talent_pool_group",
        "delete_talent_pool_group",
        "list_talent_pool_group_providers",
    ):
        api.call(op, path={"group_uuid": MISSING}, expect=404)
        other.call(op, path={"group_uuid": GROUP}, expect=404)
    other.call(
        "update_talent_pool_group", path={"group_uuid": GROUP}, json={"name": "x"}, expect=404
    )
    other.call(
        "remove_talent_pool_group_provider",
        path={"group_uuid": GROUP, "provider_id": 9001},
        query={"tierId": 2},
        expect=404,
    )
    assert GROUP not in [
        g["talent_pool_group_id"]
        for g in other.call("list_talent_pool_groups", expect=200).json()["data"]
    ]
    api.call("get_talent_pool_group", path={"group_uuid": "not-a-uuid"}, expect=400)

"""Service territories: CRUD, filters, cursor pages, providers and their removal."""

from __future__ import annotations

import uuid

from .conftest import Api
from .recipes.service_territories import BODY, TERRITORY

MISSING = str(uuid.uuid4())


def new_territory(api: Api, **extra: object) -> dict[str, object]:
    return dict(api.call("create_service_territory", json={**BODY, **extra}, expect=201).json())


def test_create_reads_back_and_lists(api: Api) -> None:
    made = new_territory(api)
    assert made["provider_count"] == 0 and made["tiers"] == []
    assert str(made["service_territory_id"]).isdigit()
    got = api.call(
        "get_service_territory", path={"service_territory_uuid": made["id"]}, expect=200
    ).json()
    assert got == made
    listed = api.call(
        "list_service_territories", query={"f_project_id": 2201, "limit": 100}, expect=200
    ).json()["data"]
    assert made["id"] in [t["id"] for t in listed]


def test_create_needs_a_project_of_the_company(api: Api) -> None:
    api.call("create_service_territory", json={**BODY, "project_id": 2301}, expect=422)


def test_create_without_project_as_in_the_guide(api: Api) -> None:
    body = {"name": "Midwest Region", "description": "MN, WI, IA coverage"}
    made = api.call("create_service_territory", json=body, expect=201).json()
    assert made["project_id"] is None and made["description"] == body["description"]
    path = {"service_territory_uuid": made["id"]}
    assert api.call("get_service_territory", path=path, expect=200).json() == made
    listed = api.call(
        "list_service_territories", query={"sort_by": "project_id", "limit": 100}, expect=200
    ).json()["data"]
    assert made["id"] in {t["id"] for t in listed}


def test_list_sort_and_pages(api: Api) -> None:
    new_territory(api, name="Alpine Territory")
    names = [
        t["name"]
        for t in api.call("list_service_territories", query={"sort_by": "name"}, expect=200).json()[
            "data"
        ]
    ]
    assert names == sorted(names, key=str.lower)
    first = api.call("list_service_territories", query={"limit": 1}, expect=200).json()
    assert first["pagination"]["has_next_page"] is True
    second = api.call(
        "list_service_territories",
        query={"limit": 1, "cursor": first["pagination"]["next_cursor"]},
        expect=200,
    ).json()
    assert (
        second["data"][0]["id"] != first["data"][0]["id"]
        and second["pagination"]["has_prev_page"] is True
    )


def test_update_persists(api: Api) -> None:
    body = {
        "display_name": "SW Region (AZ, NM)",
        "attributes": [{"name": "coverage_radius", "value": "75"}],
    }
    got = api.call(
        "update_service_territory",
        path={"service_territory_uuid": TERRITORY},
        json=body,
        expect=200,
    ).json()
    assert got["display_name"] == "SW Region (AZ, NM)"
    assert {"name": "coverage_radius", "value": "75"} in got["attributes"] and len(
        got["attributes"]
    ) == 2
    assert (
        api.call(
            "get_service_territory", path={"service_territory_uuid": TERRITORY}, expect=200
        ).json()
        == got
    )
    api.call(
        "update_service_territory",
        path={"service_territory_uuid": TERRITORY},
        json={"project_id": 999999},
        expect=422,
    )


def test_providers_and_removal(api: Api) -> None:
    path = {"service_territory_uuid": TERRITORY}
    data = api.call("list_service_territory_providers", path=path, expect=200).json()["data"]
    assert [(p["provider_id"], p["tier"]["id"]) for p in data] == [(9003, 3), (9004, 4)]
    api.call("remove_service_territory_provider", path={**path, "provider_id": 9004}, expect=422)
    api.call(
        "remove_service_territory_provider",
        path={**path, "provider_id": 9004},
        query={"tierId": 3},
        expect=404,
    )
    got = api.call(
        "remove_service_territory_provider",
        path={**path, "provider_id": 9004},
        query={"tierId": 4},
        expect=200,
    ).json()
    assert got["removed_count"] == 1
    assert api.call("get_service_territory", path=path, expect=200).json()["provider_count"] == 1
    whole = api.call(
        "remove_service_territory_provider",
        path={**path, "provider_id": 9003},
        query={"removeFromProject": "true"},
        expect=200,
    ).json()
    assert whole["removed_count"] == 1
    assert api.call("list_service_territory_providers", path=path, expect=200).json()["data"] == []
    api.call(
        "remove_service_territory_provider",
        path={**path, "provider_id": 9003},
        query={"removeFromProject": "true"},
        expect=404,
    )


def test_delete(api: Api) -> None:
    api.call("delete_service_territory", path={"service_territory_uuid": TERRITORY}, expect=200)
    api.call("get_service_territory", path={"service_territory_uuid": TERRITORY}, expect=404)
    api.call(
        "list_provider_attributes", path={"talent_pool_id": 3, "provider_id": 9003}, expect=404
    )


def test_unknown_and_other_company(api: Api, other: Api) -> None:
    for op in (
        "get_service_territory",
        "delete_service_territory",
        "list_service_territory_providers",
    ):
        api.call(op, path={"service_territory_uuid": MISSING}, expect=404)
        other.call(op, path={"service_territory_uuid": TERRITORY}, expect=404)
    other.call(
        "update_service_territory",
        path={"service_territory_uuid": TERRITORY},
        json={"name": "x"},
        expect=404,
    )
    assert TERRITORY not in [
        t["id"] for t in other.call("list_service_territories", expect=200).json()["data"]
    ]

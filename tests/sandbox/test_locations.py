"""Saved locations: create, read back, list (active only, without contact/attributes)."""

from __future__ import annotations

from .conftest import Api
from .recipes.locations import BODY


def test_create_reads_back(api: Api) -> None:
    ident = api.call("create_stored_location", json=BODY, expect=201).json()["id"]
    got = api.call("get_stored_location", path={"location_id": ident}, expect=200).json()
    assert got["name"] == BODY["name"] and got["city"] == "Scottsdale"
    assert got["type"] == {"id": 1, "name": "Commercial"}
    assert got["group"] == {"id": 12, "name": "AZ Locations"}  # the existing group of that name
    assert got["client"] == {"id": 301, "name": "Northstar Retail"}
    assert got["company"]["id"] == 501 and got["active"] is True
    assert got["contact"]["email"] == BODY["contact"]["email"]
    assert got["time_zone"]["name"] == "America/Phoenix"


def test_create_new_group_and_object_refs(api: Api) -> None:
    body = {
        **BODY,
        "group": "Nevada Locations",
        "type": {"id": 3},
        "client": {"id": 305},
        "country": "usa",
        "state": "NV",
        "city": "Reno",
    }
    ident = api.call("create_stored_location", json=body, expect=201).json()["id"]
    got = api.call("get_stored_location", path={"location_id": ident}, expect=200).json()
    assert got["group"]["name"] == "Nevada Locations" and got["group"]["id"] not in (12, 13)
    assert got["type"]["id"] == 3 and got["client"]["id"] == 305 and got["country"] == "US"


def test_create_bad_references(api: Api) -> None:
    api.call("create_stored_location", json={**BODY, "client": 311}, expect=422)  # Globex's client
    api.call("create_stored_location", json={**BODY, "type": 99}, expect=422)


def test_list_active_only_without_details(api: Api) -> None:
    body = api.call("list_stored_locations", query={"per_page": 100}, expect=200).json()
    ids = [loc["id"] for loc in body["results"]]
    assert 16326 in ids and 16330 not in ids  # 16330 is inactive
    assert all("contact" not in loc and "attributes" not in loc for loc in body["results"])
    ident = api.call("create_stored_location", json=BODY, expect=201).json()["id"]
    again = api.call("list_stored_locations", query={"per_page": 100}, expect=200).json()
    assert (
        ident in [loc["id"] for loc in again["results"]]
        and again["metadata"]["total"] == body["metadata"]["total"] + 1
    )


def test_pages(api: Api) -> None:
    first = api.call("list_stored_locations", query={"per_page": 2}, expect=200).json()
    second = api.call("list_stored_locations", query={"per_page": 2, "page": 2}, expect=200).json()
    assert first["metadata"]["pages"] == 2
    assert {loc["id"] for loc in first["results"]}.isdisjoint(
        {loc["id"] for loc in second["results"]}
    )


def test_unknown_and_other_company(api: Api, other: Api) -> None:
    api.call("get_stored_location", path={"location_id": 999999}, expect=404)
    other.call("get_stored_location", path={"location_id": 16326}, expect=404)
    assert 16326 not in [
        loc["id"] for loc in other.call("list_stored_locations", expect=200).json()["results"]
    ]

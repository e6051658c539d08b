"""Clients: create, read back, list filters, columns, counts and projects."""

from __future__ import annotations

from .conftest import Api
from .recipes.clients import BODY


def names(api: Api, **query: object) -> list[str]:
    return [c["name"] for c in api.call("list_clients", query=query, expect=200).json()["results"]]


def test_create_reads_back(api: Api) -> None:
    made = api.call("create_client", json=BODY, expect=201).json()
    assert made["id"] == made["client_id"] and made["active"] is True
    assert made["address_1"] == "501 Pine St" and made["country"] == "USA"
    assert made["manager"]["id"] == 7001
    got = api.call("get_client", path={"client_id": made["id"]}, expect=200).json()
    assert got["name"] == "Cascade Outfitters" and got["work_order_counts"]["all"] == 0
    assert got["projects"]["results"] == []
    assert "Cascade Outfitters" in names(api)


def test_create_accepts_old_address_spelling(api: Api) -> None:
    made = api.call(
        "create_client",
        json={"name": "Old Style Co", "address1": "1 Main St", "address2": "Suite 2"},
        expect=201,
    ).json()
    assert made["address_1"] == "1 Main St" and made["address_2"] == "Suite 2"


def test_create_with_the_guides_notes(api: Api) -> None:
    body = {"name": "New Customer Inc", "notes": "VIP customer - priority support"}
    made = api.call("create_client", json=body, expect=201).json()
    got = api.call("get_client", path={"client_id": made["id"]}, expect=200).json()
    assert made["notes"] == got["notes"] == body["notes"]


def test_create_refuses_duplicates_and_unknown_managers(api: Api) -> None:
    api.call("create_client", json={"name": "northstar retail"}, expect=422)
    api.call(
        "create_client", json={"name": "New Co", "manager": {"id": 7101}}, expect=422
    )  # Globex staff


def test_get_counts_work_orders_and_lists_projects(api: Api) -> None:
    api.call(
        "create_work_order", json={"title": "Swap terminals", "client": {"id": 301}}, expect=201
    )
    got = api.call("get_client", path={"client_id": 301}, expect=200).json()
    assert got["work_order_counts"]["all"] >= 1 and got["work_order_counts"]["draft"] >= 1
    assert 2201 in [p["id"] for p in got["projects"]["results"]]


def test_list_filters_and_columns(api: Api) -> None:
    assert names(api) == ["Harbor Foods", "Northstar Retail"]
    assert names(api, f_deactivated=1) == ["Pinecrest Hotels"]
    assert names(api, f_deleted=1) == []
    page = api.call(
        "list_clients", query={"columns": "name", "per_page": 1, "page": 2}, expect=200
    ).json()
    assert page["metadata"]["columns"] == "name" and page["metadata"]["pages"] == 2
    assert set(page["results"][0]) == {"id", "client_id", "name"}


def test_unknown_and_other_company(api: Api, other: Api) -> None:
    api.call("get_client", path={"client_id": 999999}, expect=404)
    other.call("get_client", path={"client_id": 301}, expect=404)
    assert "Northstar Retail" not in names(other)
    assert names(other, f_deleted=1) == ["Summit Auto Dealers"]
    other.call("get_client", path={"client_id": 313}, expect=404)  # deleted


def test_page_too_large_is_422(api: Api) -> None:
    api.call("list_clients", query={"page": 2**64}, expect=400)
    api.call("list_stored_locations", query={"page": 2**64}, expect=400)

"""Types of work and service types: the global taxonomy, paged, the same for every company."""

from __future__ import annotations

from .conftest import Api


def test_types_of_work_list_point_of_sale(api: Api) -> None:
    body = api.call("list_types_of_work", query={"per_page": 100}, expect=200).json()
    pos = next(t for t in body["results"] if t["id"] == 62)
    assert pos["name"] == "Point of Sale"
    assert pos["industry"]
    assert body["metadata"]["total"] == len(body["results"])


def test_types_of_work_pages(api: Api) -> None:
    everything = api.call("list_types_of_work", query={"per_page": 100}, expect=200).json()[
        "results"
    ]
    first = api.call("list_types_of_work", query={"per_page": 5, "page": 1}, expect=200).json()
    second = api.call("list_types_of_work", query={"per_page": 5, "page": 2}, expect=200).json()
    assert first["metadata"]["pages"] == -(-len(everything) // 5)
    assert [t["id"] for t in first["results"] + second["results"]] == [
        t["id"] for t in everything[:10]
    ]


def test_types_of_work_are_global(api: Api, other: Api) -> None:
    mine = api.call("list_types_of_work", query={"per_page": 100}, expect=200).json()["results"]
    theirs = other.call("list_types_of_work", query={"per_page": 100}, expect=200).json()["results"]
    assert mine == theirs


def test_service_types_of_a_type_of_work(api: Api) -> None:
    body = api.call("list_service_types", path={"type_of_work_id": 62}, expect=200).json()
    names = {s["name"] for s in body["results"]}
    assert {"Installation", "Troubleshooting"} <= names
    merch = api.call("list_service_types", path={"type_of_work_id": 140}, expect=200).json()
    assert "Installation" not in {s["name"] for s in merch["results"]}


def test_service_types_of_unknown_type_of_work_is_404(api: Api) -> None:
    api.call("list_service_types", path={"type_of_work_id": 999999}, expect=404)


def test_work_order_type_of_work_comes_from_the_taxonomy(api: Api) -> None:
    wo = api.call(
        "create_work_order",
        json={"title": "Swap POS", "types_of_work": [{"id": 62, "isPrimary": True}]},
        expect=201,
    ).json()
    assert wo["type_of_work"]["name"] == "Point of Sale"

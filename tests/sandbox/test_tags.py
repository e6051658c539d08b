"""Work-order tags: company tags applied and removed, 422 for tags that can't be used."""

from __future__ import annotations

from .conftest import Api
from .recipes.tags import company_tag, tagged
from .recipes.work_orders import in_status, new_work_order


def tags(api: Api, wo: int) -> list[dict]:
    return api.call("list_work_order_tags", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ]


def test_apply_reads_back(api: Api) -> None:
    wo, tag = tagged(api)
    applied = tags(api, wo)
    assert [t["id"] for t in applied] == [tag]
    assert (
        applied[0]["hex_color"] == "#F67B1E"
        and applied[0]["author"]["id"] == 7001
        and applied[0]["label"].startswith("Awaiting parts")
    )
    assert (
        api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["tags"]["results"]
        == applied
    )


def test_newest_first_and_no_duplicates(api: Api) -> None:
    wo, first = tagged(api)
    second = company_tag(api)
    api.call("create_work_order_tag", path={"work_order_id": wo}, json={"id": second}, expect=201)
    assert [t["id"] for t in tags(api, wo)] == [second, first]
    doc = api.call(
        "create_work_order_tag",
        path={"work_order_id": wo},
        json={"id": first, "label": "ignored"},
        expect=201,
    ).json()
    assert [t["id"] for t in doc["tags"]["results"]] == [first, second]


def test_delete_then_404(api: Api) -> None:
    wo, tag = tagged(api)
    doc = api.call(
        "delete_work_order_tag", path={"work_order_id": wo, "tag_id": tag}, expect=200
    ).json()
    assert doc["tags"]["results"] == [] and tags(api, wo) == []
    api.call("delete_work_order_tag", path={"work_order_id": wo, "tag_id": tag}, expect=404)


def test_unknown_or_foreign_tag_is_422(api: Api, other: Api) -> None:
    wo = new_work_order(api)
    api.call("create_work_order_tag", path={"work_order_id": wo}, json={"id": 999999}, expect=422)
    foreign = company_tag(other)
    api.call("create_work_order_tag", path={"work_order_id": wo}, json={"id": foreign}, expect=422)
    assert tags(api, wo) == []


def test_valid_statuses_are_enforced(api: Api) -> None:
    tag = company_tag(api, valid_statuses=["assigned"])
    draft = new_work_order(api)
    api.call("create_work_order_tag", path={"work_order_id": draft}, json={"id": tag}, expect=422)
    assigned = in_status(api, "assign")
    api.call(
        "create_work_order_tag", path={"work_order_id": assigned}, json={"id": tag}, expect=201
    )


def test_other_company_gets_404(api: Api, other: Api) -> None:
    wo, tag = tagged(api)
    other.call("list_work_order_tags", path={"work_order_id": wo}, expect=404)
    other.call(
        "create_work_order_tag",
        path={"work_order_id": wo},
        json={"id": company_tag(other)},
        expect=404,
    )
    other.call("delete_work_order_tag", path={"work_order_id": wo, "tag_id": tag}, expect=404)
    assert len(tags(api, wo)) == 1

"""Work order templates: the company's own, with details and a live work-order count."""

from __future__ import annotations

from .conftest import Api


def test_list_templates_is_the_company_s(api: Api, other: Api) -> None:
    mine = {t["id"] for t in api.call("list_templates", expect=200).json()["results"]}
    theirs = {t["id"] for t in other.call("list_templates", expect=200).json()["results"]}
    assert 88 in mine
    assert mine.isdisjoint(theirs)


def test_list_templates_summary_and_pages(api: Api) -> None:
    body = api.call("list_templates", query={"per_page": 1, "page": 2}, expect=200).json()
    assert body["metadata"]["per_page"] == 1
    assert body["metadata"]["pages"] == body["metadata"]["total"]
    assert len(body["results"]) == 1
    assert "data" not in body["results"][0]


def test_get_template_details(api: Api) -> None:
    body = api.call("get_template", path={"template_id": 88}, expect=200).json()
    assert body["name"] == "POS terminal swap"
    assert body["data"]["type_of_work"]["id"] == 62
    assert body["project"] == {"id": 2201, "name": "Spring POS Refresh"}
    assert body["company"]["id"] == 501
    assert body["author"]["id"] == 7001


def test_columns_narrow_the_answer(api: Api) -> None:
    body = api.call("list_templates", query={"columns": "name"}, expect=200).json()
    assert all(set(t) == {"id", "name"} for t in body["results"])
    one = api.call(
        "get_template", path={"template_id": 88}, query={"columns": "name,project"}, expect=200
    ).json()
    assert set(one) == {"id", "name", "project"}


def test_work_order_count_follows_work_orders(api: Api) -> None:
    before = api.call("get_template", path={"template_id": 88}, expect=200).json()["work_orders"]
    api.call(
        "create_work_order", json={"title": "From template", "template": {"id": 88}}, expect=201
    )
    after = api.call("get_template", path={"template_id": 88}, expect=200).json()["work_orders"]
    assert after == before + 1


def test_unknown_and_foreign_templates_are_404(api: Api, other: Api) -> None:
    api.call("get_template", path={"template_id": 999999}, expect=404)
    other.call("get_template", path={"template_id": 88}, expect=404)

"""Qualifications: one selection rule per work order; POST merges, PUT replaces, DELETE clears."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.qualifications import RULE, with_rule
from .recipes.time_logs import work_order


def quals(api: Api, wo: int) -> dict[str, Any]:
    return dict(
        api.call("list_work_order_qualifications", path={"work_order_id": wo}, expect=200).json()
    )


def requirements(body: dict[str, Any]) -> dict[int, bool]:
    return {q["id"]: q["required"] for q in body["selection_rule"]["results"]}


def test_new_work_order_has_no_requirements(api: Api) -> None:
    body = quals(api, work_order(api))
    assert body["selection_rule"]["results"] == [] and body["actions"] == ["add"]
    assert body["ignored_missing_qualifications"] is False


def test_create_reads_back_with_catalog_names_and_pool_counts(api: Api) -> None:
    wo = work_order(api)
    answer = api.call(
        "create_work_order_qualification", path={"work_order_id": wo}, json=RULE, expect=201
    ).json()
    rule = answer["selection_rule"]
    assert rule["name"] == "Cert Required" and rule["status"] == "active"
    assert rule["results"] == [
        {"id": 45, "name": "CompTIA A+", "type": "certification", "required": True},
        {"id": 67, "name": "Background Check", "type": "screening", "required": False},
    ]
    # seeded providers: 9001, 9002 and 9005 hold A+; 9003 and 9004 do not; all have a background check
    assert rule["sum"] == {"total": 5, "match": 3, "no_match_optional": 0, "no_match_required": 2}
    assert quals(api, wo) == answer
    got = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()
    assert got["qualifications"]["selection_rule"]["id"] == rule["id"]


def test_post_merges_and_guide_form_adds_one(api: Api) -> None:
    wo = with_rule(api)
    rule_id = quals(api, wo)["selection_rule"]["id"]
    api.call(
        "create_work_order_qualification",
        path={"work_order_id": wo},
        json={"qualification_id": 90, "required": False},
        expect=201,
    )
    body = api.call(
        "create_work_order_qualification",
        path={"work_order_id": wo},
        json={"selection_rule": {"results": [{"id": 67, "required": True}]}},
        expect=201,
    ).json()
    assert requirements(body) == {45: True, 67: True, 90: False}
    assert (
        body["selection_rule"]["id"] == rule_id
        and body["selection_rule"]["name"] == "Cert Required"
    )
    assert body["selection_rule"]["sum"]["no_match_optional"] == 1  # 9002 lacks only the ladder


def test_put_replaces_requirements_and_renames(api: Api) -> None:
    wo = with_rule(api)
    body = {
        "selection_rule": {"name": "Network", "results": [{"id": 46, "required": True}]},
        "ignored_missing_qualifications": True,
    }
    answer = api.call(
        "update_work_order_qualification", path={"work_order_id": wo}, json=body, expect=200
    ).json()
    assert requirements(answer) == {46: True} and answer["selection_rule"]["name"] == "Network"
    assert answer["ignored_missing_qualifications"] is True
    renamed = api.call(
        "update_work_order_qualification",
        path={"work_order_id": wo},
        json={"selection_rule": {"name": "Net"}},
        expect=200,
    ).json()
    assert requirements(renamed) == {46: True} and quals(api, wo)["selection_rule"]["name"] == "Net"


def test_saved_company_rule_is_reused_by_id(api: Api, other: Api) -> None:
    wo = work_order(api)
    answer = api.call(
        "update_work_order_qualification",
        path={"work_order_id": wo},
        json={"selection_rule": {"id": 300}},
        expect=200,
    ).json()
    assert (
        answer["selection_rule"]["id"] == 300
        and answer["selection_rule"]["name"] == "Cert Required"
    )
    assert requirements(answer) == {45: True, 67: False}
    theirs = work_order(other)
    r = other.call(
        "update_work_order_qualification",
        path={"work_order_id": theirs},
        json={"selection_rule": {"id": 300}},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.selection_rule.id"


def test_unknown_qualification_is_422_and_changes_nothing(api: Api) -> None:
    wo = with_rule(api)
    before = quals(api, wo)
    r = api.call(
        "create_work_order_qualification",
        path={"work_order_id": wo},
        json={"selection_rule": {"results": [{"id": 46}, {"id": 999999}]}},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.selection_rule.results.1.id"
    api.call(
        "create_work_order_qualification",
        path={"work_order_id": wo},
        json={"qualification_id": 999999},
        expect=422,
    )
    assert quals(api, wo) == before
    api.call(
        "create_work_order_qualification",
        path={"work_order_id": wo},
        json={"required": True},
        expect=400,  # the spec's dependentRequired
    )


def test_delete_drops_one_requirement_then_clears_the_rule(api: Api) -> None:
    wo = with_rule(api)
    answer = api.call(
        "delete_work_order_qualification",
        path={"work_order_id": wo, "qualification_id": 67},
        expect=200,
    ).json()
    assert [r["id"] for r in answer["selection_rule"]["results"]] == [45]
    assert [r["id"] for r in quals(api, wo)["selection_rule"]["results"]] == [45]
    api.call(
        "delete_work_order_qualification",
        path={"work_order_id": wo, "qualification_id": 67},
        expect=404,
    )
    answer = api.call(
        "delete_work_order_qualification",
        path={"work_order_id": wo, "qualification_id": 45},
        expect=200,
    ).json()
    assert answer["selection_rule"]["results"] == [] and answer["actions"] == ["add"]
    assert quals(api, wo)["selection_rule"]["results"] == []


def test_delete_on_the_collection_path_is_not_an_operation(api: Api) -> None:
    wo = with_rule(api)
    r = api.client.request(
        "DELETE",
        f"/api/rest/v2/workorders/{wo}/qualifications",
        params={"access_token": api.login()},
    )
    assert r.status_code in (404, 405), r.text
    assert len(quals(api, wo)["selection_rule"]["results"]) == 2


def test_other_company_and_unknown_work_order(api: Api, other: Api) -> None:
    wo = with_rule(api)
    other.call("list_work_order_qualifications", path={"work_order_id": wo}, expect=404)
    other.call("update_work_order_qualification", path={"work_order_id": wo}, json=RULE, expect=404)
    other.call(
        "delete_work_order_qualification",
        path={"work_order_id": wo, "qualification_id": 45},
        expect=404,
    )
    api.call("list_work_order_qualifications", path={"work_order_id": 999999}, expect=404)
    assert len(quals(api, wo)["selection_rule"]["results"]) == 2


def test_seeded_published_work_orders_have_a_rule(api: Api) -> None:
    found = api.call(
        "list_work_orders", query={"list": "workorders_published_routed"}, expect=200
    ).json()["results"]
    assert found and quals(api, found[0]["id"])["selection_rule"]["results"]

"""Work-order custom fields: built from the company's definitions, grouped by category,
paged, values checked against the field type and persisted, 404/422."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.contacts import store, work_order
from .recipes.custom_fields import custom_field_definitions


def fields(api: Api, wo: int, **query: Any) -> Any:
    return api.call(
        "list_work_order_custom_fields", path={"work_order_id": wo}, query=query, expect=200
    ).json()


def field(api: Api, wo: int, ident: int) -> Any:
    return api.call(
        "get_work_order_custom_field",
        path={"work_order_id": wo, "custom_field_id": ident},
        expect=200,
    ).json()


def set_value(api: Api, wo: int, ident: int, value: str, expect: int = 200, **query: Any) -> Any:
    path = {"work_order_id": wo, "custom_field_id": ident}
    return api.call(
        "update_work_order_custom_field",
        path=path,
        json={"value": value},
        query=query,
        expect=expect,
    ).json()


def flat(listing: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {f["id"]: f for c in listing["results"] for f in c["results"]}


def test_list_groups_the_company_definitions_by_category(api: Api) -> None:
    ids = custom_field_definitions(api)
    wo = work_order(api)
    listing = fields(api, wo)
    by_name = {c["name"]: c for c in listing["results"]}
    site, closeout = by_name["Site details"], by_name["Closeout"]
    assert [f["id"] for f in site["results"]][-2:] == [ids["text"], ids["pick"]]
    assert site["role"] == "buyer" and closeout["role"] == "assigned_provider"
    got = flat(listing)
    assert got[ids["pick"]]["value"] == "No" and got[ids["pick"]]["options"] == [
        "Yes",
        "No",
    ]  # default value
    assert got[ids["text"]]["value"] is None and got[ids["text"]]["category"] == "Site details"
    assert listing["metadata"]["total"] == len(got)


def test_pages_count_fields(api: Api) -> None:
    custom_field_definitions(api)
    wo = work_order(api)
    everything = flat(fields(api, wo))
    page = fields(api, wo, page=2, per_page=1)
    assert page["metadata"] == {
        "total": len(everything),
        "page": 2,
        "pages": len(everything),
        "per_page": 1,
    }
    assert len(page["results"]) == 1 and len(page["results"][0]["results"]) == 1


def test_set_value_persists(api: Api) -> None:
    ids = custom_field_definitions(api)
    wo = work_order(api)
    body = set_value(api, wo, ids["text"], "5522")
    assert flat(body["custom_fields"])[ids["text"]]["value"] == "5522"
    assert field(api, wo, ids["text"])["value"] == "5522"
    assert flat(fields(api, wo))[ids["text"]]["value"] == "5522"
    stored = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()[
        "custom_fields"
    ]
    assert flat(stored)[ids["text"]]["value"] == "5522"
    set_value(api, wo, ids["pick"], "Yes")
    set_value(api, wo, ids["number"], "3")
    got = flat(fields(api, wo))
    assert (got[ids["pick"]]["value"], got[ids["number"]]["value"], got[ids["text"]]["value"]) == (
        "Yes",
        "3",
        "5522",
    )


def test_values_the_field_rejects_are_422(api: Api) -> None:
    ids = custom_field_definitions(api)
    wo = work_order(api)
    assert (
        set_value(api, wo, ids["pick"], "Maybe", expect=422)["errors"][0]["field"] == "body.value"
    )
    set_value(api, wo, ids["number"], "three", expect=422)
    set_value(api, wo, ids["text"], "", expect=422)  # required
    set_value(api, wo, ids["provider"], "")  # optional: clearing is fine
    assert field(api, wo, ids["pick"])["value"] == "No"


def test_definitions_added_later_join_the_work_order(api: Api) -> None:
    ids = custom_field_definitions(api)
    wo = work_order(api)
    set_value(api, wo, ids["text"], "0042")
    store(api).put(
        "company_custom_field",
        990399,
        501,
        {"id": 990399, "name": "PO number", "type": "text", "role": "buyer", "category": "Billing"},
    )
    got = flat(fields(api, wo))
    assert got[990399]["value"] is None and got[ids["text"]]["value"] == "0042"


def test_unknown_and_foreign_ids_are_404(api: Api, other: Api) -> None:
    ids = custom_field_definitions(api)
    foreign = custom_field_definitions(api, company=502)
    wo = work_order(api)
    api.call(
        "get_work_order_custom_field",
        path={"work_order_id": wo, "custom_field_id": 999999},
        expect=404,
    )
    api.call(
        "get_work_order_custom_field",
        path={"work_order_id": wo, "custom_field_id": foreign["text"]},
        expect=404,
    )
    set_value(api, wo, foreign["text"], "1", expect=404)
    api.call("list_work_order_custom_fields", path={"work_order_id": 999999}, expect=404)
    other.call("list_work_order_custom_fields", path={"work_order_id": wo}, expect=404)
    other.call(
        "get_work_order_custom_field",
        path={"work_order_id": wo, "custom_field_id": ids["text"]},
        expect=404,
    )
    set_value(other, wo, ids["text"], "1", expect=404)


def test_async_answers_a_job_and_saves_the_value(api: Api) -> None:
    ids = custom_field_definitions(api)
    wo = work_order(api)
    assert set_value(api, wo, ids["text"], "7788", expect=202, **{"async": True})["job_id"] >= 1
    assert field(api, wo, ids["text"])["value"] == "7788"


def test_the_company_seed_definitions_appear(api: Api) -> None:
    company = api.call("list_company_custom_fields", expect=200).json()["results"]
    defined = {f["id"] for c in company for f in c["results"]}
    listing = fields(api, work_order(api))
    assert defined <= set(flat(listing)) and {c["name"] for c in company} <= {
        c["name"] for c in listing["results"]
    }


def test_string_ids_and_an_absent_value(api: Api) -> None:
    """The playground's string ``custom_field_id`` addresses the field; its body's ``value`` is
    optional and a body without it changes nothing."""
    ids = custom_field_definitions(api)
    wo = work_order(api)
    body = set_value(api, wo, str(ids["text"]), "5522")  # type: ignore[arg-type]
    assert flat(body["custom_fields"])[ids["text"]]["value"] == "5522"
    assert field(api, wo, str(ids["text"]))["id"] == ids["text"]  # type: ignore[arg-type]
    untouched = api.call(
        "update_work_order_custom_field",
        path={"work_order_id": wo, "custom_field_id": str(ids["text"])},
        json={},
        expect=200,
    ).json()
    assert flat(untouched["custom_fields"])[ids["text"]]["value"] == "5522"
    assert field(api, wo, ids["text"])["value"] == "5522"
    api.call(
        "get_work_order_custom_field",
        path={"work_order_id": wo, "custom_field_id": "store-number"},
        expect=404,
    )

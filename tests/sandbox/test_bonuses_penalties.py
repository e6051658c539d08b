"""Bonuses and penalties: company definitions applied to a work order's pay, sums, the
optional body forms, percentages of the labor pay, 404/409/422."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Api
from .recipes.bonuses import bonus_definitions
from .recipes.contacts import store, work_order
from .recipes.penalties import penalty_definitions

KINDS = [
    ("bonus", "bonuses", "create_work_order_bonus", "list_work_order_bonuses", bonus_definitions),
    (
        "penalty",
        "penalties",
        "create_work_order_penalty",
        "list_work_order_penalties",
        penalty_definitions,
    ),
]


def apply(
    api: Api, op: str, what: str, wo: int, ident: int, body: Any = None, expect: int = 201
) -> Any:
    return api.call(
        op, path={"work_order_id": wo, f"{what}_id": ident}, json=body, expect=expect
    ).json()


@pytest.mark.parametrize(("what", "key", "create", "listing", "definitions"), KINDS)
def test_apply_reads_back_with_sums(
    api: Api, what: str, key: str, create: str, listing: str, definitions: Any
) -> None:
    fixed, _ = definitions(api)
    wo = work_order(api)
    body = apply(api, create, what, wo, fixed, {"charged": True})
    line = body["pay"][key]["results"][0]
    assert (
        line["id"] == fixed
        and line["name"] == "Same-day completion"
        and line["amount"] == 25
        and line["charged"] is True
    )
    assert body["pay"][key]["sum"] == {"all": 25, "charged": 25, "uncharged": 0}
    listed = api.call(listing, path={"work_order_id": wo}, expect=200).json()
    assert listed["results"] == body["pay"][key]["results"] and listed["metadata"]["total"] == 1
    stored = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["pay"][key]
    assert stored["results"][0]["id"] == fixed


@pytest.mark.parametrize(("what", "key", "create", "listing", "definitions"), KINDS)
def test_without_a_body_the_line_is_uncharged(
    api: Api, what: str, key: str, create: str, listing: str, definitions: Any
) -> None:
    fixed, _ = definitions(api)
    wo = work_order(api)
    sums = apply(api, create, what, wo, fixed)["pay"][key]["sum"]
    assert sums == {"all": 25, "charged": 0, "uncharged": 25}


@pytest.mark.parametrize(("what", "key", "create", "listing", "definitions"), KINDS)
def test_percent_of_the_labor_pay(
    api: Api, what: str, key: str, create: str, listing: str, definitions: Any
) -> None:
    _, percent = definitions(api)
    wo = work_order(api)
    db = store(api)
    doc = db.get("work_order", wo)
    doc["pay"] = {"type": "hourly", "base": {"amount": 40, "units": 5}}  # test setup: $200 of labor
    db.put("work_order", wo, 501, doc)
    line = apply(api, create, what, wo, percent)["pay"][key]["results"][0]
    assert line["calculation"] == "percent" and line["modifier"] == 10 and line["amount"] == 20.0


def test_the_guide_forms_override_the_definition(api: Api) -> None:
    fixed, _ = bonus_definitions(api)
    late, _ = penalty_definitions(api)
    wo = work_order(api)
    bonus = apply(
        api,
        "create_work_order_bonus",
        "bonus",
        wo,
        fixed,
        {"amount": 40, "description": "Came back the same evening"},
    )
    assert (
        bonus["pay"]["bonuses"]["results"][0]["amount"] == 40
        and bonus["pay"]["bonuses"]["results"][0]["description"] == "Came back the same evening"
    )
    penalty = apply(
        api,
        "create_work_order_penalty",
        "penalty",
        wo,
        late,
        {"amount": 10, "reason": "45 minutes late"},
    )
    line = penalty["pay"]["penalties"]["results"][0]
    assert line["amount"] == 10 and line["description"] == "45 minutes late"
    assert penalty["pay"]["bonuses"]["sum"]["all"] == 40  # the other list is untouched


@pytest.mark.parametrize(("what", "key", "create", "listing", "definitions"), KINDS)
def test_unknown_definitions_are_422_and_duplicates_409(
    api: Api, other: Api, what: str, key: str, create: str, listing: str, definitions: Any
) -> None:
    fixed, _ = definitions(api)
    foreign, _ = definitions(api, company=502)
    wo = work_order(api)
    err = apply(api, create, what, wo, 999999, expect=422)
    assert err["errors"][0]["field"] == f"path.{what}_id"
    apply(api, create, what, wo, foreign, expect=422)
    apply(api, create, what, wo, fixed)
    apply(api, create, what, wo, fixed, expect=409)
    apply(api, create, what, 999999, fixed, expect=404)
    apply(other, create, what, wo, foreign, expect=404)
    other.call(listing, path={"work_order_id": wo}, expect=404)
    assert (
        api.call(listing, path={"work_order_id": wo}, expect=200).json()["metadata"]["total"] == 1
    )


def test_states(api: Api) -> None:
    bonus, _ = bonus_definitions(api)
    penalty, _ = penalty_definitions(api)
    wo = work_order(api, "assign", "work_done", "approve")
    apply(api, "create_work_order_bonus", "bonus", wo, bonus, expect=409)
    apply(api, "create_work_order_penalty", "penalty", wo, penalty)  # until paid
    assert (
        api.client.post(
            f"/_sandbox/workorders/{wo}/paid", params={"access_token": api.token}
        ).status_code
        == 200
    )
    _, other_penalty = penalty_definitions(api)
    apply(api, "create_work_order_penalty", "penalty", wo, other_penalty, expect=409)
    listed = api.call("list_work_order_penalties", path={"work_order_id": wo}, expect=200).json()
    assert listed["metadata"]["total"] == 1 and listed["actions"] == []


def test_invalid_bodies_are_400(api: Api) -> None:
    fixed, _ = bonus_definitions(api)
    wo = work_order(api)
    apply(api, "create_work_order_bonus", "bonus", wo, fixed, {"amount": -5}, expect=400)
    apply(api, "create_work_order_bonus", "bonus", wo, fixed, {"charged": "soon"}, expect=400)


def test_the_company_seed_definitions_apply(api: Api) -> None:
    bonus = api.call("list_company_bonuses", expect=200).json()["results"][0]
    penalty = api.call("list_company_penalties", expect=200).json()["results"][0]
    wo = work_order(api)
    body = apply(api, "create_work_order_bonus", "bonus", wo, bonus["id"])
    assert body["pay"]["bonuses"]["results"][0]["name"] == bonus["name"]
    body = apply(api, "create_work_order_penalty", "penalty", wo, penalty["id"])
    assert body["pay"]["penalties"]["results"][0]["name"] == penalty["name"]

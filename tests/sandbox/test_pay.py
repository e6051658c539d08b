"""Pay: the rate and its totals, discounts, pay increases (accept / deny), state and tenancy."""

from __future__ import annotations

from typing import Any

from sandbox.resources.pay import recompute_totals

from .conftest import Api
from .recipes.pay import seeded_with
from .recipes.work_orders import in_status, new_work_order


def pay(api: Api, wo: int) -> dict[str, Any]:
    return dict(api.call("get_work_order_pay", path={"work_order_id": wo}, expect=200).json())


def test_work_order_without_pay_answers_defaults(api: Api) -> None:
    got = pay(api, new_work_order(api))
    assert got["type"] == "" and got["total"] == 0 and got["max_pay"] == 0
    for key in ("bonuses", "penalties", "discounts", "increases", "expenses"):
        assert got[key]["results"] == [] and got[key]["metadata"]["total"] == 0
    assert got["actions"] == ["edit", "view"]


def test_pay_from_create_and_partial_update_persist(api: Api) -> None:
    wo = new_work_order(api, pay={"type": "hourly", "base": {"amount": 25, "units": 4}})
    got = pay(api, wo)
    assert got["work_order_id"] == wo and got["type"] == "hourly"
    assert (
        got["base"] == {"amount": 25, "units": 4} and got["max_pay"] == 100 and got["total"] == 100
    )
    assert got["range"] == {"min": 0, "max": 100}
    # only the amount changes; type and units are kept
    changed = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"base": {"amount": 30}},
        expect=200,
    ).json()
    assert (
        changed["type"] == "hourly"
        and changed["base"] == {"amount": 30, "units": 4}
        and changed["total"] == 120
    )
    assert pay(api, wo)["total"] == 120
    embedded = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["pay"]
    assert embedded["base"]["amount"] == 30 and embedded["total"] == 120


def test_fixed_amount_as_string_and_blended_tiers(api: Api) -> None:
    wo = new_work_order(api)
    got = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "fixed", "base": {"amount": "300"}},
        expect=200,
    ).json()
    assert (
        got["base"] == {"amount": 300, "units": 1}
        and got["total"] == 300
        and got["labor_sum"] == 300
    )
    blended = {
        "type": "blended",
        "base": {"amount": 400, "units": 2},
        "additional": {"amount": 25, "units": 1},
    }
    got = api.call(
        "update_work_order_pay", path={"work_order_id": wo}, json=blended, expect=200
    ).json()
    assert got["max_pay"] == 425 and got["range"] == {"min": 400, "max": 425}
    # switching away from blended drops the second tier
    got = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "device", "base": {"amount": 50, "units": 3}},
        expect=200,
    ).json()
    assert got["additional"] == {"amount": 0, "units": 0} and got["max_pay"] == 150


def test_pay_validation_is_422(api: Api) -> None:
    wo = new_work_order(api)
    r = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"base": {"amount": 100}},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "body.type"
    r = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "fixed", "base": {"amount": 100}, "additional": {"amount": 10, "units": 1}},
        expect=422,
    )
    assert "blended" in r.json()["message"]
    api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "hourly", "base": {"amount": 25, "units": 0}},
        expect=422,
    )
    api.call("create_work_order", json={"title": "x", "pay": {"base": {"amount": 5}}}, expect=422)
    api.call("update_work_order_pay", path={"work_order_id": wo}, json={}, expect=400)


def test_pay_is_frozen_once_work_is_done(api: Api) -> None:
    wo = in_status(api, "assign", "work_done")
    r = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "fixed", "base": {"amount": 10}},
        expect=409,
    )
    assert "Work Done" in r.json()["message"]
    assert pay(api, wo)["actions"] == ["view"]


def test_unknown_and_foreign_work_orders_are_404(api: Api, other: Api) -> None:
    wo = new_work_order(api)
    for op in ("get_work_order_pay", "list_work_order_discounts", "list_work_order_increases"):
        api.call(op, path={"work_order_id": 999999}, expect=404)
        other.call(op, path={"work_order_id": wo}, expect=404)
    other.call(
        "update_work_order_pay", path={"work_order_id": wo}, json={"type": "fixed"}, expect=404
    )


def test_discounts_lower_cost_not_pay(api: Api) -> None:
    wo = seeded_with(api, "discounts")
    body = api.call(
        "list_work_order_discounts", path={"work_order_id": wo["id"]}, expect=200
    ).json()
    line = body["results"][0]
    assert line["calculation"] == "percent" and line["amount"] == 26  # 10% of 4 h x $65
    assert body["sum"]["all"] == 26
    assert pay(api, wo["id"])["total"] == 260
    # percent discounts follow the rate
    api.call(
        "update_work_order_pay",
        path={"work_order_id": wo["id"]},
        json={"base": {"amount": 100}},
        expect=200,
    )
    assert (
        api.call("list_work_order_discounts", path={"work_order_id": wo["id"]}, expect=200).json()[
            "sum"
        ]["all"]
        == 40
    )
    empty = api.call(
        "list_work_order_discounts",
        path={"work_order_id": wo["id"]},
        query={"page": 2, "per_page": 1},
        expect=200,
    ).json()
    assert empty["results"] == [] and empty["metadata"]["total"] == 1


def test_increases_list_get_accept_and_deny(api: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    listed = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()
    newest, oldest = listed["results"]
    assert newest["id"] > oldest["id"] and {newest["status"], oldest["status"]} == {"pending"}
    assert listed["sum"]["all"] == 130  # (480 - 400) + (450 - 400)
    page = api.call(
        "list_work_order_increases",
        path={"work_order_id": wo},
        query={"per_page": 1, "page": 2},
        expect=200,
    ).json()
    assert [i["id"] for i in page["results"]] == [oldest["id"]] and page["metadata"]["pages"] == 2
    got = api.call(
        "get_work_order_increase",
        path={"work_order_id": wo, "increase_id": oldest["id"]},
        expect=200,
    ).json()
    assert got == oldest

    accepted = api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": oldest["id"]},
        json={"id": oldest["id"], "status": "approved", "status_description": "OK by dispatch"},
        expect=200,
    ).json()
    assert accepted["pay"]["type"] == "fixed" and accepted["pay"]["base"]["amount"] == 450
    item = next(i for i in accepted["pay"]["increases"]["results"] if i["id"] == oldest["id"])
    assert (
        item["status"] == "accepted"
        and item["status_description"] == "OK by dispatch"
        and item["actions"] == []
    )
    assert pay(api, wo)["total"] == 450
    assert (
        api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()["sum"][
            "all"
        ]
        == 30
    )

    denied = api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": newest["id"]},
        json={"status": "rejected", "rejection_reason": "Outside the agreed scope"},
        expect=200,
    ).json()
    item = next(i for i in denied["pay"]["increases"]["results"] if i["id"] == newest["id"])
    assert item["status"] == "denied" and item["status_description"] == "Outside the agreed scope"
    assert denied["pay"]["base"]["amount"] == 450 and denied["pay"]["increases"]["sum"]["all"] == 0
    again = api.call(
        "get_work_order_increase",
        path={"work_order_id": wo, "increase_id": newest["id"]},
        expect=200,
    ).json()
    assert again["status"] == "denied"


def test_decided_increase_is_409(api: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    inc = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ][0]["id"]
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"status": "denied"},
        expect=200,
    )
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"status": "accepted"},
        expect=409,
    )
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"description": "changed"},
        expect=409,
    )


def test_pending_increase_can_be_edited(api: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    inc = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ][0]["id"]
    body = {
        "description": "Only one more hour",
        "pay": {
            "type": "blended",
            "base": {"amount": 400, "units": 2},
            "additional": {"amount": 40, "units": 1},
        },
    }
    wo_body = api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json=body,
        expect=200,
    ).json()
    item = next(i for i in wo_body["pay"]["increases"]["results"] if i["id"] == inc)
    assert (
        item["status"] == "pending"
        and item["description"] == "Only one more hour"
        and item["pay"]["additional"]["units"] == 1
    )


def test_increase_errors(api: Api, other: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    inc = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ][0]["id"]
    api.call(
        "get_work_order_increase", path={"work_order_id": wo, "increase_id": 999999}, expect=404
    )
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": 999999},
        json={"status": "accepted"},
        expect=404,
    )
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"id": inc + 1000, "status": "accepted"},
        expect=422,
    )
    other.call(
        "get_work_order_increase", path={"work_order_id": wo, "increase_id": inc}, expect=404
    )
    other.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"status": "accepted"},
        expect=404,
    )
    # an increase of another work order is not found on this one
    mine = new_work_order(api)
    api.call(
        "get_work_order_increase", path={"work_order_id": mine, "increase_id": inc}, expect=404
    )


def test_increase_cannot_be_accepted_after_approval(api: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    inc = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ][0]["id"]
    r = api.client.post(f"/_sandbox/workorders/{wo}/work-done", params={"access_token": api.token})
    assert r.status_code == 200, r.text
    api.call("approve_work_order", path={"work_order_id": wo}, expect=200)
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"status": "accepted"},
        expect=409,
    )
    # denying still records the decision
    api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"status": "denied"},
        expect=200,
    )


def test_recompute_totals_counts_modifiers_and_expenses() -> None:
    pay: dict[str, Any] = {"type": "hourly", "base": {"amount": 50, "units": 4}, "hours": 3}
    pay["bonuses"] = {
        "metadata": {},
        "results": [
            {"id": 1, "calculation": "fixed", "modifier": 25, "amount": 25, "charged": True},
            {"id": 2, "calculation": "percent", "modifier": 10, "amount": 0, "charged": False},
        ],
    }
    pay["penalties"] = {
        "metadata": {},
        "results": [
            {"id": 3, "calculation": "fixed", "modifier": 20, "amount": 20, "charged": True}
        ],
    }
    pay["expenses"] = {
        "metadata": {},
        "results": [
            {"id": 4, "amount": 30, "status": "approved"},
            {"id": 5, "amount": 12.5, "status": "new"},
            {"id": 6, "amount": 5, "status": "disapproved"},
        ],
    }
    recompute_totals(pay)
    assert pay["labor_sum"] == 150 and pay["max_pay"] == 200
    assert pay["bonuses"]["results"][1]["amount"] == 15  # 10% of the labor earned
    assert pay["bonuses"]["sum"] == {"all": 40, "charged": 25, "uncharged": 15}
    assert pay["penalties"]["sum"]["charged"] == 20
    assert (
        pay["expenses"]["sum"]["approved"] == 30
        and pay["expenses"]["sum"]["pending"] == 12.5
        and pay["expenses"]["sum"]["denied"] == 5
    )
    assert pay["total"] == 150 + 25 - 20 + 30
    assert pay["bonuses"]["metadata"]["total"] == 2


def test_logged_hours_drive_hourly_labor(api: Api) -> None:
    wo = in_status(api, "assign")
    api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "hourly", "base": {"amount": 40, "units": 4}},
        expect=200,
    )
    log = {
        "in": {"created": {"utc": "2026-07-01 14:00:00"}},
        "out": {"created": {"utc": "2026-07-01 16:30:00"}},
        "devices": 3,
    }
    api.call("create_work_order_time_log", path={"work_order_id": wo}, json=log, expect=201)
    got = pay(api, wo)
    assert got["hours"] == 2.5 and got["number_of_devices"] == 3
    assert got["labor_sum"] == 100 and got["total"] == 100 and got["max_pay"] == 160


def test_pay_update_applies_bonuses_and_penalties_by_id(api: Api) -> None:
    wo = new_work_order(api)
    body = {
        "type": "fixed",
        "base": {"amount": 100},
        "bonuses": {"results": [{"id": 31}]},
        "penalties": {"results": [{"id": 42, "charged": True}]},
    }
    got = api.call("update_work_order_pay", path={"work_order_id": wo}, json=body, expect=200)
    view = got.json()
    assert [b["id"] for b in view["bonuses"]["results"]] == [31]
    assert view["penalties"]["results"][0]["charged"] is True
    # sending the same list again keeps one line each
    again = api.call(
        "update_work_order_pay", path={"work_order_id": wo}, json=body, expect=200
    ).json()
    assert len(again["bonuses"]["results"]) == 1 and len(again["penalties"]["results"]) == 1
    bad = api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"penalties": {"results": [{"id": 31}]}},  # a bonus id is no penalty
        expect=422,
    ).json()
    assert bad["errors"][0]["field"] == "body.penalties.results.0.id"


def test_increase_decided_with_the_guides_amount_and_note(api: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    inc = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ][0]["id"]
    before = pay(api, wo)["base"]["amount"]
    body = {"amount": 35.00, "status": "approved", "note": "Approved partial increase"}
    doc = api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json=body,
        expect=200,
    ).json()
    item = next(i for i in doc["pay"]["increases"]["results"] if i["id"] == inc)
    assert item["status"] == "accepted" and item["status_description"] == body["note"]
    assert pay(api, wo)["base"]["amount"] == before + 35


def test_increase_amount_needs_fixed_pay(api: Api) -> None:
    wo = seeded_with(api, "increases")["id"]
    inc = api.call("list_work_order_increases", path={"work_order_id": wo}, expect=200).json()[
        "results"
    ][0]["id"]
    api.call(
        "update_work_order_pay",
        path={"work_order_id": wo},
        json={"type": "hourly", "base": {"amount": 50, "units": 4}},
        expect=200,
    )
    r = api.call(
        "update_work_order_increase",
        path={"work_order_id": wo, "increase_id": inc},
        json={"amount": 10},
        expect=422,
    ).json()
    assert r["errors"][0]["field"] == "body.amount"

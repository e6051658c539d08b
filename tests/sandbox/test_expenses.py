"""Work-order expenses: recorded lines read back with their sums, categories resolved from
the company's expense categories, review (approve / deny / reopen), async, 404/409/422."""

from __future__ import annotations

from typing import Any

from .conftest import Api
from .recipes.contacts import work_order
from .recipes.expenses import expense_categories, with_expense


def expenses(api: Api, wo: int) -> Any:
    return api.call("list_work_order_expenses", path={"work_order_id": wo}, expect=200).json()


def add(api: Api, wo: int, expect: int = 201, **body: Any) -> Any:
    payload = {"description": "Parking", "amount": 35, **body}
    return api.call(
        "create_work_order_expense", path={"work_order_id": wo}, json=payload, expect=expect
    ).json()


def update(
    api: Api, wo: int, expense: int | str, body: dict[str, Any], expect: int = 200, **query: Any
) -> Any:
    path = {"work_order_id": wo, "expense_id": expense}
    return api.call(
        "update_work_order_expense", path=path, json=body, query=query, expect=expect
    ).json()


def test_create_records_the_line_first_and_sums_it(api: Api) -> None:
    system, custom = expense_categories(api)
    wo = work_order(api, "assign")
    add(api, wo, category={"id": system}, description="Cat6 cable, 50 ft", amount="50.00")
    body = add(
        api, wo, category={"company_expense_id": custom}, description="Parking downtown", amount=15
    )
    line = body["pay"]["expenses"]["results"][0]  # the link's target
    assert (
        line["description"] == "Parking downtown"
        and line["amount"] == 15
        and line["status"] == "new"
    )
    assert line["category"]["type"] == "custom" and line["category"]["company_expense_id"] == custom
    assert line["company_expense"] == {
        "id": custom,
        "description": "Flat parking reimbursement.",
        "expense_amount": 15.0,
        "api_code": "PARK-FLAT",
    }
    assert line["author"]["id"] == 7001 and line["actions"] == ["edit", "approve", "deny"]
    listed = expenses(api, wo)
    assert [e["id"] for e in listed["results"]] == [
        e["id"] for e in body["pay"]["expenses"]["results"]
    ]
    assert (
        listed["results"][1]["category"]["name"] == "Materials"
        and listed["results"][1]["amount"] == 50.0
    )
    assert (
        listed["sum"]["all"] == 65.0
        and listed["sum"]["pending"] == 65.0
        and listed["sum"]["charged"] == 0
    )
    assert listed["metadata"]["total"] == 2 and listed["actions"] == ["add"]
    stored = api.call("get_work_order", path={"work_order_id": wo}, expect=200).json()["pay"][
        "expenses"
    ]
    assert stored["sum"] == listed["sum"]


def test_without_a_category_the_line_is_uncategorized(api: Api) -> None:
    wo = work_order(api)
    line = add(api, wo, quantity=2)["pay"]["expenses"]["results"][0]
    assert line["category"]["name"] == "Uncategorized" and line["quantity"] == 2


def test_approve_deny_and_reopen(api: Api) -> None:
    wo, expense = with_expense(api)
    body = update(api, wo, expense, {"status": "approved"})
    line = body["pay"]["expenses"]["results"][0]
    assert line["status"] == "approved" and line["actions"] == ["reopen"]
    assert (
        body["pay"]["expenses"]["sum"]["approved"] == 50.0
        and body["pay"]["expenses"]["sum"]["charged"] == 50.0
    )
    update(api, wo, expense, {"amount": "55.00"}, expect=409)  # reopen first
    update(
        api,
        wo,
        expense,
        {"status": "new", "amount": "55.00", "description": "Cable and connectors"},
    )
    line = expenses(api, wo)["results"][0]
    assert (
        line["status"] == "new"
        and line["amount"] == 55.0
        and line["description"] == "Cable and connectors"
    )
    update(api, wo, expense, {"status": "rejected", "rejection_reason": "Supplied by the store."})
    listed = expenses(api, wo)
    assert (
        listed["results"][0]["status"] == "disapproved"
        and listed["results"][0]["status_description"] == "Supplied by the store."
    )
    assert listed["sum"]["denied"] == 55.0 and listed["sum"]["pending"] == 0


def test_update_changes_the_category(api: Api) -> None:
    wo, expense = with_expense(api)
    _, custom = expense_categories(api)
    line = update(api, wo, expense, {"category": {"company_expense_id": custom}})["pay"][
        "expenses"
    ]["results"][0]
    assert (
        line["category"]["company_expense_id"] == custom and line["company_expense"]["id"] == custom
    )
    update(api, wo, expense, {"category": {"id": 999999}}, expect=422)


def test_unknown_categories_and_users_are_422(api: Api) -> None:
    expense_categories(api, company=502)
    wo = work_order(api)
    add(api, wo, expect=422, category={"id": 999999})
    add(api, wo, expect=422, category={"company_expense_id": 999999})
    add(api, wo, expect=422, category={"id": 990010 + 502})  # the other company's category
    r = api.call(
        "create_work_order_expense",
        path={"work_order_id": wo},
        query={"acting_user_id": 7101},
        json={"description": "x", "amount": 1},
        expect=422,
    )
    assert r.json()["errors"][0]["field"] == "query.acting_user_id"
    assert expenses(api, wo)["metadata"]["total"] == 0


def test_acting_user_is_the_author(api: Api) -> None:
    wo = work_order(api, "assign")
    body = api.call(
        "create_work_order_expense",
        path={"work_order_id": wo},
        query={"acting_user_id": 9001},
        json={"description": "Tolls", "amount": 4.5},
        expect=201,
    ).json()
    assert body["pay"]["expenses"]["results"][0]["author"]["id"] == 9001


def test_async_answers_a_job_and_applies_the_change(api: Api) -> None:
    wo, expense = with_expense(api)
    job = api.call(
        "create_work_order_expense",
        path={"work_order_id": wo},
        query={"async": True},
        json={"description": "Tolls", "amount": 4},
        expect=202,
    ).json()
    assert job["job_id"] >= 1
    update(api, wo, expense, {"status": "approved"}, expect=202, **{"async": True})
    listed = expenses(api, wo)
    assert listed["metadata"]["total"] == 2 and listed["results"][1]["status"] == "approved"


def test_unknown_and_foreign_ids_are_404(api: Api, other: Api) -> None:
    wo, expense = with_expense(api)
    update(api, wo, 999999, {"amount": 1}, expect=404)
    api.call("list_work_order_expenses", path={"work_order_id": 999999}, expect=404)
    other.call("list_work_order_expenses", path={"work_order_id": wo}, expect=404)
    other.call(
        "create_work_order_expense",
        path={"work_order_id": wo},
        json={"description": "x", "amount": 1},
        expect=404,
    )
    other.call(
        "update_work_order_expense",
        path={"work_order_id": wo, "expense_id": expense},
        json={"amount": 1},
        expect=404,
    )


def test_a_string_expense_id_reaches_only_the_expense_it_spells(api: Api) -> None:
    """The playground declares ``expense_id`` a string, the older reference an integer: the
    spec takes both, and a string that is not exactly an expense's id names no expense (no
    ``+5`` or ``05`` or other digits reaching expense 5)."""
    wo, expense = with_expense(api)
    assert update(api, wo, str(expense), {"amount": 12})
    for spelled in (
        f"+{expense}",
        f"0{expense}",
        "".join(chr(0x660 + int(d)) for d in str(expense)),
        "x",
    ):
        update(api, wo, spelled, {"amount": 99}, expect=404)
    line = expenses(api, wo)["results"][0]
    assert line["id"] == expense and float(line["amount"]) == 12


def test_approved_work_orders_refuse_changes(api: Api) -> None:
    wo, expense = with_expense(api)
    for step in ("work-done",):
        assert (
            api.client.post(
                f"/_sandbox/workorders/{wo}/{step}", params={"access_token": api.token}
            ).status_code
            == 200
        )
    api.call("approve_work_order", path={"work_order_id": wo}, expect=200)
    add(api, wo, expect=409)
    update(api, wo, expense, {"status": "approved"}, expect=409)
    assert expenses(api, wo)["actions"] == []


def test_invalid_bodies_are_400(api: Api) -> None:
    wo, expense = with_expense(api)
    add(api, wo, expect=400, amount="12.345")
    add(api, wo, expect=400, amount=-1)
    update(api, wo, expense, {}, expect=400)
    update(api, wo, expense, {"status": "paid"}, expect=400)


def test_the_company_seed_categories_apply(api: Api) -> None:
    listed = api.call(
        "list_company_expenses", path={"company_id": api.creds["id"]}, expect=200
    ).json()["results"]
    system = next(c for c in listed if c["type"] == "system")
    custom = next(c for c in listed if c["type"] == "custom")
    wo = work_order(api)
    add(api, wo, category={"uid": system["id"], "id": system["id"]})
    line = add(api, wo, category={"company_expense_id": custom["company_expense_id"]})["pay"][
        "expenses"
    ]["results"][0]
    assert line["company_expense"]["id"] == custom["company_expense_id"]
    assert expenses(api, wo)["results"][1]["category"]["id"] == system["id"]

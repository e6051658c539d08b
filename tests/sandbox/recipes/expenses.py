"""Recipes: work-order expenses."""

from __future__ import annotations

from typing import Any

from . import recipe
from .contacts import store, work_order

SYSTEM_CATEGORY = 990010
CUSTOM_CATEGORY = 990057


def expense_categories(api: Any, company: int = 501) -> tuple[int, int]:
    """A system category and a company-defined expense for ``company`` (test setup only:
    added through the store next to whatever the company seed holds)."""
    db = store(api)
    system = SYSTEM_CATEGORY + company
    custom = CUSTOM_CATEGORY + company
    db.put(
        "expense_category",
        system,
        company,
        {
            "id": system,
            "company_expense_id": 0,
            "label": "Materials",
            "type": "system",
            "amount": 0,
        },
    )
    db.put(
        "expense_category",
        custom,
        company,
        {
            "id": custom,
            "company_expense_id": custom,
            "label": "Parking (flat)",
            "description": "Flat parking reimbursement.",
            "type": "custom",
            "amount": 15,
            "api_code": "PARK-FLAT",
        },
    )
    return system, custom


def with_expense(api: Any) -> tuple[int, int]:
    system, _ = expense_categories(api)
    wo = work_order(api, "assign")
    body = {
        "category": {"id": system},
        "description": "Cat6 cable, 50 ft",
        "amount": "50.00",
        "quantity": 1,
    }
    created = api.call(
        "create_work_order_expense", path={"work_order_id": wo}, json=body, expect=201
    ).json()
    return wo, int(created["pay"]["expenses"]["results"][0]["id"])


@recipe("list_work_order_expenses")
def list_expenses(api: Any) -> Any:
    wo, _ = with_expense(api)
    return api.call("list_work_order_expenses", path={"work_order_id": wo})


@recipe("create_work_order_expense")
def create_expense(api: Any) -> Any:
    system, _ = expense_categories(api)
    body = {
        "category": {"uid": 1, "id": system},
        "description": "Cat6 cable, 50 ft",
        "amount": "50.00",
        "quantity": 1,
    }
    return api.call(
        "create_work_order_expense", path={"work_order_id": work_order(api, "assign")}, json=body
    )


@recipe("update_work_order_expense")
def update_expense(api: Any) -> Any:
    wo, expense = with_expense(api)
    return api.call(
        "update_work_order_expense",
        path={"work_order_id": wo, "expense_id": expense},
        json={
            "status": "disapproved",
            "status_description": "Materials were supplied by the store.",
        },
    )

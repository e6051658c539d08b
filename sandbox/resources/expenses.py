"""Work-order expenses: list, record, edit / approve / deny.

Expense lines live in the work order at ``pay.expenses`` (newest first) with their sums by
review state. Categories come from the company's expense categories (kind
``expense_category``: system categories and company-defined "pre-defined" expenses).
"""

from __future__ import annotations

from typing import Any

from .. import lifecycle
from ..errors import ApiError
from ..registry import Context, Reply, operation, seeder
from ..store import Store
from ._common import (
    add_item,
    created,
    date_obj,
    find_item,
    load_work_order,
    new_id,
    ok,
    save_work_order,
    section,
    status_name,
    user_ref,
)
from ._seeding import first_work_order, seed_call

PATH = ("pay", "expenses")
CATEGORY = "expense_category"
CLOSED = (lifecycle.APPROVED, lifecycle.PAID, lifecycle.CANCELLED, lifecycle.DELETED)
STATUS_ALIASES = {"rejected": "disapproved"}
ACTIONS = {"new": ["edit", "approve", "deny"], "approved": ["reopen"], "disapproved": ["reopen"]}


def recompute_pay(pay: dict[str, Any]) -> None:
    """Let the pay module recompute the totals, when it offers to (it may not exist yet)."""
    try:
        from . import pay as pay_module
    except ModuleNotFoundError:
        return
    recompute = getattr(pay_module, "recompute_totals", None)
    if callable(recompute):
        recompute(pay)


def _money(value: Any) -> float:
    return round(float(value), 2)


def expense_sums(expenses: list[dict[str, Any]]) -> dict[str, float]:
    def total(state: str | None) -> float:
        return _money(
            sum(e["amount"] for e in expenses if state is None or e.get("status") == state)
        )

    approved, pending, denied = total("approved"), total("new"), total("disapproved")
    return {
        "all": total(None),
        "charged": approved,
        "uncharged": pending,
        "pending": pending,
        "approved": approved,
        "approved_amount": approved,
        "denied": denied,
    }


def sync_expenses(doc: dict[str, Any]) -> dict[str, Any]:
    """The ``pay.expenses`` list with fresh metadata, sums and actions, and the pay's totals."""
    expenses = section(doc, *PATH)
    total = len(expenses["results"])
    expenses["metadata"] = {
        "total": total,
        "page": 1,
        "pages": 1 if total else 0,
        "per_page": max(total, 25),
    }
    expenses["sum"] = expense_sums(expenses["results"])
    expenses["actions"] = ["add"] if status_name(doc) not in CLOSED else []
    for item in expenses["results"]:
        item["actions"] = (
            list(ACTIONS[item.get("status", "new")]) if status_name(doc) not in CLOSED else []
        )
    recompute_pay(doc["pay"])  # the pay module, when present, owns the sums and totals
    return expenses


def _categories(ctx: Context) -> list[dict[str, Any]]:
    return ctx.store.list(CATEGORY, ctx.company_id) + ctx.store.list(CATEGORY, 0)


def _unknown(field: str, message: str) -> ApiError:
    return ApiError(422, f"{field}: {message}", [{"field": field, "message": message}])


def resolve_category(
    ctx: Context, ref: dict[str, Any] | None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The expense's ``category`` and ``company_expense`` for a category reference, or a 422."""
    if not ref:
        return {"name": "Uncategorized", "label": "Uncategorized", "type": "system"}, None
    known = _categories(ctx)
    found = None
    if ref.get("company_expense_id"):
        found = next(
            (
                c
                for c in known
                if c.get("company_expense_id") == ref["company_expense_id"]
                and c.get("type") == "custom"
            ),
            None,
        )
        if found is None:
            raise _unknown(
                "body.category.company_expense_id",
                f"company expense {ref['company_expense_id']} does not exist",
            )
    elif ref.get("id"):
        found = next((c for c in known if c["id"] == ref["id"]), None)
        if found is None:
            raise _unknown("body.category.id", f"expense category {ref['id']} does not exist")
    else:
        found = next((c for c in known if c.get("uid") == ref.get("uid")), None)
        if found is None:
            raise _unknown(
                "body.category.uid", f"expense category uid {ref.get('uid')} does not exist"
            )
    name = found.get("label") or found.get("name") or f"Category {found['id']}"
    category: dict[str, Any] = {
        "id": found["id"],
        "name": name,
        "label": name,
        "type": found.get("type", "system"),
    }
    if found.get("uid"):
        category["uid"] = found["uid"]
    company_expense = None
    if found.get("type") == "custom" and found.get("company_expense_id"):
        category["company_expense_id"] = found["company_expense_id"]
        company_expense = {
            "id": found["company_expense_id"],
            "description": found.get("description") or name,
            "expense_amount": float(found.get("amount") or 0),
        }
        for key in ("api_code", "hidden_tags"):
            if key in found:
                company_expense[key] = found[key]
    return category, company_expense


def _author(ctx: Context) -> dict[str, Any]:
    acting = ctx.query.get("acting_user_id")
    if acting is None:
        return user_ref(ctx.store, ctx.user_id)
    user = ctx.store.get("user", acting)
    if user is None or user.get("company_id") not in (0, ctx.company_id):
        raise _unknown("query.acting_user_id", f"user {acting} does not exist")
    return user_ref(ctx.store, acting)


def _writable(doc: dict[str, Any]) -> None:
    if status_name(doc) in CLOSED:
        raise ApiError(
            409,
            f"Work order {doc['id']} is {status_name(doc)}; its expenses can no longer be changed",
        )


def _save(ctx: Context, doc: dict[str, Any]) -> dict[str, Any]:
    sync_expenses(doc)
    return save_work_order(ctx, doc)


@operation("list_work_order_expenses")
def list_work_order_expenses(ctx: Context) -> Reply:
    return ok(sync_expenses(load_work_order(ctx)))


@operation("create_work_order_expense")
def create_work_order_expense(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    _writable(doc)
    body = ctx.body
    category, company_expense = resolve_category(ctx, body.get("category"))
    expense: dict[str, Any] = {
        "id": new_id(ctx.store, "expense", 98),
        "description": body["description"],
        "amount": _money(body["amount"]),
        "quantity": body.get("quantity", 1),
        "status": "new",
        "category": category,
        "added": date_obj(ctx.now),
        "author": _author(ctx),
    }
    if company_expense is not None:
        expense["company_expense"] = company_expense
    if "receipt" in body:
        expense["receipt"] = body["receipt"]
    add_item(doc, PATH, expense)
    return created(_save(ctx, doc))


@operation("update_work_order_expense")
def update_work_order_expense(ctx: Context) -> Reply:
    doc = load_work_order(ctx)
    expense = find_item(doc, PATH, ctx.path["expense_id"], "Expense")
    _writable(doc)
    body = ctx.body
    status = STATUS_ALIASES.get(body.get("status", ""), body.get("status"))
    edits = [k for k in ("category", "description", "amount", "quantity", "receipt") if k in body]
    if edits and expense.get("status") != "new" and status != "new":
        raise ApiError(
            409,
            f"Expense {expense['id']} is {expense['status']}; reopen it (status new) before changing {', '.join(edits)}",
        )
    _author(ctx)
    if "category" in body:
        expense["category"], company_expense = resolve_category(ctx, body["category"])
        expense.pop("company_expense", None)
        if company_expense is not None:
            expense["company_expense"] = company_expense
    for key in ("description", "quantity", "receipt"):
        if key in body:
            expense[key] = body[key]
    if "amount" in body:
        expense["amount"] = _money(body["amount"])
    if status is not None:
        expense["status"] = status
    reason = body.get("status_description", body.get("rejection_reason"))
    if reason is not None:
        expense["status_description"] = reason
    elif status == "new":
        expense.pop("status_description", None)
    return ok(_save(ctx, doc))


@seeder(order=98)
def seed_expenses(store: Store, company: dict[str, Any]) -> None:
    """An expense on the first assigned work order (the spec's examples name it)."""
    doc = first_work_order(store, company, lifecycle.ASSIGNED)
    if doc is not None:
        body = {
            "category": {"uid": 1, "id": 10},
            "description": "Cat6 cable, 50 ft",
            "amount": "50.00",
            "quantity": 1,
        }
        seed_call(store, company, doc, "create_work_order_expense", body)

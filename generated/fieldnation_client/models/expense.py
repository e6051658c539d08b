from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_status import ExpenseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.expense_category import ExpenseCategory
    from ..models.expense_company_expense import ExpenseCompanyExpense
    from ..models.expense_receipt import ExpenseReceipt
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Expense")


@_attrs_define
class Expense:
    """One expense line of a work order.

    Example:
        {'id': 98, 'description': 'Cat6 cable, 50 ft', 'amount': 50.0, 'quantity': 1, 'status': 'new', 'category':
            {'id': 2, 'name': 'Travel Expense', 'type': 'system'}, 'added': {'utc': '2026-07-01 16:20:00'}, 'author': {'id':
            9001, 'first_name': 'Sam', 'last_name': 'Okafor'}, 'actions': ['approve', 'deny']}

    Attributes:
        id (int): Work order expense id.
        amount (float): Amount in US dollars.
        description (str | Unset):
        quantity (float | Unset):
        status (ExpenseStatus | Unset): Review state of an expense: `new` until the client decides, then `approved` or
            `disapproved` (denied). Example: new.
        status_description (str | Unset): Note attached to the status, typically the reason an expense was denied.
        reason (str | Unset):
        category (ExpenseCategory | Unset): Category of an expense as returned: a system category or a company-defined
            (custom) expense. Example: {'id': 2, 'name': 'Travel Expense', 'label': 'Travel Expense', 'type': 'system'}.
        company_expense (ExpenseCompanyExpense | Unset): The company-defined (pre-defined) expense an expense line was
            created from. Example: {'id': 100, 'description': 'Cable and connectors', 'expense_amount': 25.0, 'api_code':
            'MAT-CABLE', 'hidden_tags': ''}.
        added (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        receipt (ExpenseReceipt | Unset): Receipt attached to the expense (shape not documented).
        actions (list[str] | Unset): What the caller may do with this expense (approve, deny, edit, delete, reopen).
    """

    id: int
    amount: float
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    status: ExpenseStatus | Unset = UNSET
    status_description: str | Unset = UNSET
    reason: str | Unset = UNSET
    category: ExpenseCategory | Unset = UNSET
    company_expense: ExpenseCompanyExpense | Unset = UNSET
    added: DateObject | Unset = UNSET
    author: UserRef | Unset = UNSET
    receipt: ExpenseReceipt | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        description = self.description

        quantity = self.quantity

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_description = self.status_description

        reason = self.reason

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        company_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_expense, Unset):
            company_expense = self.company_expense.to_dict()

        added: dict[str, Any] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = self.added.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt, Unset):
            receipt = self.receipt.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "amount": amount})
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if reason is not UNSET:
            field_dict["reason"] = reason
        if category is not UNSET:
            field_dict["category"] = category
        if company_expense is not UNSET:
            field_dict["company_expense"] = company_expense
        if added is not UNSET:
            field_dict["added"] = added
        if author is not UNSET:
            field_dict["author"] = author
        if receipt is not UNSET:
            field_dict["receipt"] = receipt
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.expense_category import ExpenseCategory  # noqa: PLC0415
        from ..models.expense_company_expense import ExpenseCompanyExpense  # noqa: PLC0415
        from ..models.expense_receipt import ExpenseReceipt  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        _status = d.pop("status", UNSET)
        status: ExpenseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExpenseStatus(_status)

        status_description = d.pop("status_description", UNSET)

        reason = d.pop("reason", UNSET)

        _category = d.pop("category", UNSET)
        category: ExpenseCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ExpenseCategory.from_dict(_category)

        _company_expense = d.pop("company_expense", UNSET)
        company_expense: ExpenseCompanyExpense | Unset
        if isinstance(_company_expense, Unset):
            company_expense = UNSET
        else:
            company_expense = ExpenseCompanyExpense.from_dict(_company_expense)

        _added = d.pop("added", UNSET)
        added: DateObject | Unset
        if isinstance(_added, Unset):
            added = UNSET
        else:
            added = DateObject.from_dict(_added)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        _receipt = d.pop("receipt", UNSET)
        receipt: ExpenseReceipt | Unset
        if isinstance(_receipt, Unset):
            receipt = UNSET
        else:
            receipt = ExpenseReceipt.from_dict(_receipt)

        actions = cast(list[str], d.pop("actions", UNSET))

        expense = cls(
            id=id,
            amount=amount,
            description=description,
            quantity=quantity,
            status=status,
            status_description=status_description,
            reason=reason,
            category=category,
            company_expense=company_expense,
            added=added,
            author=author,
            receipt=receipt,
            actions=actions,
        )

        expense.additional_properties = d
        return expense

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

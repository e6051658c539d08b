from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.expense_status import ExpenseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.expense_category import ExpenseCategory, ExpenseCategoryDict
    from ..models.expense_company_expense import ExpenseCompanyExpense, ExpenseCompanyExpenseDict
    from ..models.expense_receipt import ExpenseReceipt, ExpenseReceiptDict
    from ..models.user_ref import UserRef, UserRefDict


class Expense(_m.BaseModel):
    """One expense line of a work order.

    Example:
        {'id': 98, 'description': 'Cat6 cable, 50 ft', 'amount': 50.0, 'quantity': 1, 'status': 'new', 'category':
            {'id': 2, 'name': 'Travel Expense', 'type': 'system'}, 'added': {'utc': '2026-07-01 16:20:00'}, 'author': {'id':
            9001, 'first_name': 'Sam', 'last_name': 'Okafor'}, 'actions': ['approve', 'deny']}

    Attributes:
        id (int): Work order expense id.
        amount (Decimal): Amount in US dollars.
        description (str | None):
        quantity (float | None):
        status (ExpenseStatus | None): Review state of an expense: `new` until the client decides, then `approved` or
            `disapproved` (denied).
        status_description (str | None): Note attached to the status, typically the reason an expense was denied.
        reason (str | None):
        category (ExpenseCategory | None): Category of an expense as returned: a system category or a company-defined
            (custom) expense.
        company_expense (ExpenseCompanyExpense | None): The company-defined (pre-defined) expense an expense line was
            created from.
        added (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        receipt (ExpenseReceipt | None): Receipt attached to the expense (shape not documented).
        actions (list[str] | None): What the caller may do with this expense (approve, deny, edit, delete, reopen).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        amount: Decimal,
        description: str | Unset = UNSET,
        quantity: float | Unset = UNSET,
        status: ExpenseStatus | Unset = UNSET,
        status_description: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        category: ExpenseCategory | Unset = UNSET,
        company_expense: ExpenseCompanyExpense | Unset = UNSET,
        added: DateObject | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        receipt: ExpenseReceipt | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("amount", amount)
        self._set("description", description)
        self._set("quantity", quantity)
        self._set("status", status)
        self._set("status_description", status_description)
        self._set("reason", reason)
        self._set("category", category)
        self._set("company_expense", company_expense)
        self._set("added", added)
        self._set("author", author)
        self._set("receipt", receipt)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.expense_category import ExpenseCategory  # noqa: PLC0415
        from ..models.expense_company_expense import ExpenseCompanyExpense  # noqa: PLC0415
        from ..models.expense_receipt import ExpenseReceipt  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "amount": _m.Field(_m.DECIMAL, True, False),
            "description": _m.Field(_m.STR, False, False),
            "quantity": _m.Field(_m.FLOAT, False, False),
            "status": _m.Field(_m.Enum(ExpenseStatus), False, False),
            "status_description": _m.Field(_m.STR, False, False),
            "reason": _m.Field(_m.STR, False, False),
            "category": _m.Field(_m.Model(ExpenseCategory), False, False),
            "company_expense": _m.Field(_m.Model(ExpenseCompanyExpense), False, False),
            "added": _m.Field(_m.Model(DateObject), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "receipt": _m.Field(_m.Model(ExpenseReceipt), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Work order expense id."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def amount(self) -> Decimal:
        """Amount in US dollars."""
        return cast("Decimal", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal) -> None:
        self._set("amount", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def quantity(self) -> float | None:
        return cast("float | None", self._get("quantity"))

    @quantity.setter
    def quantity(self, value: float | None) -> None:
        self._set("quantity", value)

    @property
    def status(self) -> ExpenseStatus | None:
        """Review state of an expense: `new` until the client decides, then `approved` or `disapproved`
        (denied)."""
        return cast("ExpenseStatus | None", self._get("status"))

    @status.setter
    def status(self, value: ExpenseStatus | None) -> None:
        self._set("status", value)

    @property
    def status_description(self) -> str | None:
        """Note attached to the status, typically the reason an expense was denied."""
        return cast("str | None", self._get("status_description"))

    @status_description.setter
    def status_description(self, value: str | None) -> None:
        self._set("status_description", value)

    @property
    def reason(self) -> str | None:
        return cast("str | None", self._get("reason"))

    @reason.setter
    def reason(self, value: str | None) -> None:
        self._set("reason", value)

    @property
    def category(self) -> ExpenseCategory | None:
        """Category of an expense as returned: a system category or a company-defined (custom) expense."""
        return cast("ExpenseCategory | None", self._get("category"))

    @category.setter
    def category(self, value: ExpenseCategory | None) -> None:
        self._set("category", value)

    @property
    def company_expense(self) -> ExpenseCompanyExpense | None:
        """The company-defined (pre-defined) expense an expense line was created from."""
        return cast("ExpenseCompanyExpense | None", self._get("company_expense"))

    @company_expense.setter
    def company_expense(self, value: ExpenseCompanyExpense | None) -> None:
        self._set("company_expense", value)

    @property
    def added(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("added"))

    @added.setter
    def added(self, value: DateObject | None) -> None:
        self._set("added", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def receipt(self) -> ExpenseReceipt | None:
        """Receipt attached to the expense (shape not documented)."""
        return cast("ExpenseReceipt | None", self._get("receipt"))

    @receipt.setter
    def receipt(self, value: ExpenseReceipt | None) -> None:
        self._set("receipt", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with this expense (approve, deny, edit, delete, reopen)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class ExpenseDict(TypedDict, total=False):
    """:class:`Expense` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    amount: Required[Decimal | float | str]
    description: str
    quantity: float
    status: ExpenseStatus | str
    status_description: str
    reason: str
    category: ExpenseCategory | ExpenseCategoryDict
    company_expense: ExpenseCompanyExpense | ExpenseCompanyExpenseDict
    added: DateObject | DateObjectDict
    author: UserRef | UserRefDict
    receipt: ExpenseReceipt | ExpenseReceiptDict
    actions: list[str]

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.expense_update_status import ExpenseUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_category_ref import ExpenseCategoryRef, ExpenseCategoryRefDict
    from ..models.expense_update_receipt import ExpenseUpdateReceipt, ExpenseUpdateReceiptDict


class ExpenseUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/expenses/{expense_id}`: change an expense, or approve or deny it with
    `status`. Only the fields sent are changed.

        Example:
            {'status': 'disapproved', 'status_description': 'Materials were supplied by the store.'}

        Attributes:
            category (ExpenseCategoryRef | None): Category chosen for a new or edited expense. Send the category `id` (and
                `uid` as the playground does), or the `company_expense_id` of a company-defined expense (see `GET
                /company/expenses`).
            description (str | None):
            amount (Decimal | None): Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and
                the generated clients a number (`50`); both are accepted.
            quantity (float | None):
            receipt (ExpenseUpdateReceipt | None):
            status (ExpenseUpdateStatus | None): New review state; `rejected` is accepted as an alias of `disapproved`.
            status_description (str | None): Reason shown with the status, typically why the expense was denied.
            rejection_reason (str | None): Alias of `status_description` used by the guide.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        category: ExpenseCategoryRef | Unset = UNSET,
        description: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        quantity: float | Unset = UNSET,
        receipt: ExpenseUpdateReceipt | Unset = UNSET,
        status: ExpenseUpdateStatus | Unset = UNSET,
        status_description: str | Unset = UNSET,
        rejection_reason: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("category", category)
        self._set("description", description)
        self._set("amount", amount)
        self._set("quantity", quantity)
        self._set("receipt", receipt)
        self._set("status", status)
        self._set("status_description", status_description)
        self._set("rejection_reason", rejection_reason)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.expense_category_ref import ExpenseCategoryRef  # noqa: PLC0415
        from ..models.expense_update_receipt import ExpenseUpdateReceipt  # noqa: PLC0415

        return {
            "category": _m.Field(_m.Model(ExpenseCategoryRef), False, False),
            "description": _m.Field(_m.STR, False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "quantity": _m.Field(_m.FLOAT, False, False),
            "receipt": _m.Field(_m.Model(ExpenseUpdateReceipt), False, False),
            "status": _m.Field(_m.Enum(ExpenseUpdateStatus), False, False),
            "status_description": _m.Field(_m.STR, False, False),
            "rejection_reason": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def category(self) -> ExpenseCategoryRef | None:
        """Category chosen for a new or edited expense. Send the category `id` (and `uid` as the playground
        does), or the `company_expense_id` of a company-defined expense (see `GET /company/expenses`)."""
        return cast("ExpenseCategoryRef | None", self._get("category"))

    @category.setter
    def category(self, value: ExpenseCategoryRef | None) -> None:
        self._set("category", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def amount(self) -> Decimal | None:
        """Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and the
        generated clients a number (`50`); both are accepted."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def quantity(self) -> float | None:
        return cast("float | None", self._get("quantity"))

    @quantity.setter
    def quantity(self, value: float | None) -> None:
        self._set("quantity", value)

    @property
    def receipt(self) -> ExpenseUpdateReceipt | None:
        return cast("ExpenseUpdateReceipt | None", self._get("receipt"))

    @receipt.setter
    def receipt(self, value: ExpenseUpdateReceipt | None) -> None:
        self._set("receipt", value)

    @property
    def status(self) -> ExpenseUpdateStatus | None:
        """New review state; `rejected` is accepted as an alias of `disapproved`."""
        return cast("ExpenseUpdateStatus | None", self._get("status"))

    @status.setter
    def status(self, value: ExpenseUpdateStatus | None) -> None:
        self._set("status", value)

    @property
    def status_description(self) -> str | None:
        """Reason shown with the status, typically why the expense was denied."""
        return cast("str | None", self._get("status_description"))

    @status_description.setter
    def status_description(self, value: str | None) -> None:
        self._set("status_description", value)

    @property
    def rejection_reason(self) -> str | None:
        """Alias of `status_description` used by the guide."""
        return cast("str | None", self._get("rejection_reason"))

    @rejection_reason.setter
    def rejection_reason(self, value: str | None) -> None:
        self._set("rejection_reason", value)


class ExpenseUpdateDict(TypedDict, total=False):
    """:class:`ExpenseUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    category: ExpenseCategoryRef | ExpenseCategoryRefDict
    description: str
    amount: Decimal | float | str
    quantity: float
    receipt: ExpenseUpdateReceipt | ExpenseUpdateReceiptDict
    status: ExpenseUpdateStatus | str
    status_description: str
    rejection_reason: str

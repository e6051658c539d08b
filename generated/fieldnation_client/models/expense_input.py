from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_category_ref import ExpenseCategoryRef, ExpenseCategoryRefDict
    from ..models.expense_input_receipt import ExpenseInputReceipt, ExpenseInputReceiptDict


class ExpenseInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/expenses`.

    Example:
        {'category': {'uid': 1, 'id': 10}, 'description': 'Cat6 cable, 50 ft', 'amount': '50.00', 'quantity': 1}

    Attributes:
        description (str):
        amount (Decimal): Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and the
            generated clients a number (`50`); both are accepted.
        category (ExpenseCategoryRef | None): Category chosen for a new or edited expense. Send the category `id` (and
            `uid` as the playground does), or the `company_expense_id` of a company-defined expense (see `GET
            /company/expenses`).
        quantity (float | None): Number of units; the amount is per expense line, not per unit.
        receipt (ExpenseInputReceipt | None): Receipt information (shape not documented).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        description: str,
        amount: Decimal,
        category: ExpenseCategoryRef | Unset = UNSET,
        quantity: float | Unset = UNSET,
        receipt: ExpenseInputReceipt | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("description", description)
        self._set("amount", amount)
        self._set("category", category)
        self._set("quantity", quantity)
        self._set("receipt", receipt)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.expense_category_ref import ExpenseCategoryRef  # noqa: PLC0415
        from ..models.expense_input_receipt import ExpenseInputReceipt  # noqa: PLC0415

        return {
            "description": _m.Field(_m.STR, True, False),
            "amount": _m.Field(_m.DECIMAL, True, False),
            "category": _m.Field(_m.Model(ExpenseCategoryRef), False, False),
            "quantity": _m.Field(_m.FLOAT, False, False),
            "receipt": _m.Field(_m.Model(ExpenseInputReceipt), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def description(self) -> str:
        return cast("str", self._get("description"))

    @description.setter
    def description(self, value: str) -> None:
        self._set("description", value)

    @property
    def amount(self) -> Decimal:
        """Amount in US dollars. The playground sends a decimal string (`"50.00"`), older docs and the
        generated clients a number (`50`); both are accepted."""
        return cast("Decimal", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal) -> None:
        self._set("amount", value)

    @property
    def category(self) -> ExpenseCategoryRef | None:
        """Category chosen for a new or edited expense. Send the category `id` (and `uid` as the playground
        does), or the `company_expense_id` of a company-defined expense (see `GET /company/expenses`)."""
        return cast("ExpenseCategoryRef | None", self._get("category"))

    @category.setter
    def category(self, value: ExpenseCategoryRef | None) -> None:
        self._set("category", value)

    @property
    def quantity(self) -> float | None:
        """Number of units; the amount is per expense line, not per unit."""
        return cast("float | None", self._get("quantity"))

    @quantity.setter
    def quantity(self, value: float | None) -> None:
        self._set("quantity", value)

    @property
    def receipt(self) -> ExpenseInputReceipt | None:
        """Receipt information (shape not documented)."""
        return cast("ExpenseInputReceipt | None", self._get("receipt"))

    @receipt.setter
    def receipt(self, value: ExpenseInputReceipt | None) -> None:
        self._set("receipt", value)


class ExpenseInputDict(TypedDict, total=False):
    """:class:`ExpenseInput` as plain data (JSON keys); accepted wherever the model is sent."""

    description: Required[str]
    amount: Required[Decimal | float | str]
    category: ExpenseCategoryRef | ExpenseCategoryRefDict
    quantity: float
    receipt: ExpenseInputReceipt | ExpenseInputReceiptDict

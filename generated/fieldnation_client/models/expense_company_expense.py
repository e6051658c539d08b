from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ExpenseCompanyExpense(_m.BaseModel):
    """The company-defined (pre-defined) expense an expense line was created from.

    Example:
        {'id': 100, 'description': 'Cable and connectors', 'expense_amount': 25.0, 'api_code': 'MAT-CABLE',
            'hidden_tags': ''}

    Attributes:
        id (int | None):
        description (str | None):
        expense_amount (Decimal | None): Default amount configured for the company expense.
        api_code (str | None):
        hidden_tags (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        description: str | Unset = UNSET,
        expense_amount: Decimal | Unset = UNSET,
        api_code: str | Unset = UNSET,
        hidden_tags: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("description", description)
        self._set("expense_amount", expense_amount)
        self._set("api_code", api_code)
        self._set("hidden_tags", hidden_tags)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "description": _m.Field(_m.STR, False, False),
            "expense_amount": _m.Field(_m.DECIMAL, False, False),
            "api_code": _m.Field(_m.STR, False, False),
            "hidden_tags": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def expense_amount(self) -> Decimal | None:
        """Default amount configured for the company expense."""
        return cast("Decimal | None", self._get("expense_amount"))

    @expense_amount.setter
    def expense_amount(self, value: Decimal | None) -> None:
        self._set("expense_amount", value)

    @property
    def api_code(self) -> str | None:
        return cast("str | None", self._get("api_code"))

    @api_code.setter
    def api_code(self, value: str | None) -> None:
        self._set("api_code", value)

    @property
    def hidden_tags(self) -> str | None:
        return cast("str | None", self._get("hidden_tags"))

    @hidden_tags.setter
    def hidden_tags(self, value: str | None) -> None:
        self._set("hidden_tags", value)


class ExpenseCompanyExpenseDict(TypedDict, total=False):
    """:class:`ExpenseCompanyExpense` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    description: str
    expense_amount: Decimal | float | str
    api_code: str
    hidden_tags: str

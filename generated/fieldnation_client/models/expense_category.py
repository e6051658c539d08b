from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..models.expense_category_type import ExpenseCategoryType
from ..types import UNSET, Unset


class ExpenseCategory(_m.BaseModel):
    """Category of an expense as returned: a system category or a company-defined (custom) expense.

    Example:
        {'id': 2, 'name': 'Travel Expense', 'label': 'Travel Expense', 'type': 'system'}

    Attributes:
        id (int | None): Category id (system category id for system expenses).
        uid (int | None):
        name (str | None):
        label (str | None): Display label of the category (legacy object docs).
        type_ (ExpenseCategoryType | None):
        company_expense_id (int | None): Id of the company-defined expense the category comes from, if any.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        uid: int | Unset = UNSET,
        name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        type_: ExpenseCategoryType | Unset = UNSET,
        company_expense_id: int | None | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("uid", uid)
        self._set("name", name)
        self._set("label", label)
        self._set("type", type_)
        self._set("company_expense_id", company_expense_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "uid": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "label": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Enum(ExpenseCategoryType), False, False),
            "company_expense_id": _m.Field(_m.INT, False, True),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Category id (system category id for system expenses)."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def uid(self) -> int | None:
        return cast("int | None", self._get("uid"))

    @uid.setter
    def uid(self, value: int | None) -> None:
        self._set("uid", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def label(self) -> str | None:
        """Display label of the category (legacy object docs)."""
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def type_(self) -> ExpenseCategoryType | None:
        return cast("ExpenseCategoryType | None", self._get("type"))

    @type_.setter
    def type_(self, value: ExpenseCategoryType | None) -> None:
        self._set("type", value)

    @property
    def company_expense_id(self) -> int | None:
        """Id of the company-defined expense the category comes from, if any."""
        return cast("int | None", self._get("company_expense_id"))

    @company_expense_id.setter
    def company_expense_id(self, value: int | None) -> None:
        self._set("company_expense_id", value)


class ExpenseCategoryDict(TypedDict, total=False):
    """:class:`ExpenseCategory` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    uid: int
    name: str
    label: str
    type: ExpenseCategoryType | str
    company_expense_id: int | None

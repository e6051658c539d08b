from __future__ import annotations

from decimal import Decimal
from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.company_expense_category_actions_item import CompanyExpenseCategoryActionsItem
from ..models.company_expense_category_type import CompanyExpenseCategoryType
from ..types import UNSET, Unset


class CompanyExpenseCategory(_m.BaseModel):
    """An expense category providers may claim on the company's work orders: a system category (travel, materials...) or a
    company-defined ("pre-defined") expense with a default amount.

        Example:
            {'id': 12, 'company_expense_id': 0, 'label': 'Materials', 'type': 'system', 'amount': 0}

        Attributes:
            id (int):
            uid (int | None):
            company_expense_id (int | None): Id of the company-defined expense; 0 for system categories.
            label (str | None):
            name (str | None): Alias of `label` on the overview page.
            description (str | None):
            type_ (CompanyExpenseCategoryType | None):
            amount (Decimal | None): Default amount of a pre-defined expense.
            requires_receipt (bool | None):
            api_code (str | None):
            hidden_tags (str | None):
            actions (list[CompanyExpenseCategoryActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        uid: int | Unset = UNSET,
        company_expense_id: int | Unset = UNSET,
        label: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        type_: CompanyExpenseCategoryType | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        requires_receipt: bool | Unset = UNSET,
        api_code: str | Unset = UNSET,
        hidden_tags: str | Unset = UNSET,
        actions: list[CompanyExpenseCategoryActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("uid", uid)
        self._set("company_expense_id", company_expense_id)
        self._set("label", label)
        self._set("name", name)
        self._set("description", description)
        self._set("type", type_)
        self._set("amount", amount)
        self._set("requires_receipt", requires_receipt)
        self._set("api_code", api_code)
        self._set("hidden_tags", hidden_tags)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "uid": _m.Field(_m.INT, False, False),
            "company_expense_id": _m.Field(_m.INT, False, False),
            "label": _m.Field(_m.STR, False, False),
            "name": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Enum(CompanyExpenseCategoryType), False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "requires_receipt": _m.Field(_m.BOOL, False, False),
            "api_code": _m.Field(_m.STR, False, False),
            "hidden_tags": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.Enum(CompanyExpenseCategoryActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def uid(self) -> int | None:
        return cast("int | None", self._get("uid"))

    @uid.setter
    def uid(self, value: int | None) -> None:
        self._set("uid", value)

    @property
    def company_expense_id(self) -> int | None:
        """Id of the company-defined expense; 0 for system categories."""
        return cast("int | None", self._get("company_expense_id"))

    @company_expense_id.setter
    def company_expense_id(self, value: int | None) -> None:
        self._set("company_expense_id", value)

    @property
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def name(self) -> str | None:
        """Alias of `label` on the overview page."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def type_(self) -> CompanyExpenseCategoryType | None:
        return cast("CompanyExpenseCategoryType | None", self._get("type"))

    @type_.setter
    def type_(self, value: CompanyExpenseCategoryType | None) -> None:
        self._set("type", value)

    @property
    def amount(self) -> Decimal | None:
        """Default amount of a pre-defined expense."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def requires_receipt(self) -> bool | None:
        return cast("bool | None", self._get("requires_receipt"))

    @requires_receipt.setter
    def requires_receipt(self, value: bool | None) -> None:
        self._set("requires_receipt", value)

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

    @property
    def actions(self) -> list[CompanyExpenseCategoryActionsItem] | None:
        return cast("list[CompanyExpenseCategoryActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[CompanyExpenseCategoryActionsItem] | None) -> None:
        self._set("actions", value)


class CompanyExpenseCategoryDict(TypedDict, total=False):
    """:class:`CompanyExpenseCategory` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    uid: int
    company_expense_id: int
    label: str
    name: str
    description: str
    type: CompanyExpenseCategoryType | str
    amount: Decimal | float | str
    requires_receipt: bool
    api_code: str
    hidden_tags: str
    actions: list[CompanyExpenseCategoryActionsItem | str]

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseCompanyExpense")


@_attrs_define
class ExpenseCompanyExpense:
    """The company-defined (pre-defined) expense an expense line was created from.

    Example:
        {'id': 100, 'description': 'Cable and connectors', 'expense_amount': 25.0, 'api_code': 'MAT-CABLE',
            'hidden_tags': ''}

    Attributes:
        id (int | Unset):
        description (str | Unset):
        expense_amount (float | Unset): Default amount configured for the company expense.
        api_code (str | Unset):
        hidden_tags (str | Unset):
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    expense_amount: float | Unset = UNSET
    api_code: str | Unset = UNSET
    hidden_tags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        expense_amount = self.expense_amount

        api_code = self.api_code

        hidden_tags = self.hidden_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if expense_amount is not UNSET:
            field_dict["expense_amount"] = expense_amount
        if api_code is not UNSET:
            field_dict["api_code"] = api_code
        if hidden_tags is not UNSET:
            field_dict["hidden_tags"] = hidden_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        expense_amount = d.pop("expense_amount", UNSET)

        api_code = d.pop("api_code", UNSET)

        hidden_tags = d.pop("hidden_tags", UNSET)

        expense_company_expense = cls(
            id=id,
            description=description,
            expense_amount=expense_amount,
            api_code=api_code,
            hidden_tags=hidden_tags,
        )

        expense_company_expense.additional_properties = d
        return expense_company_expense

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

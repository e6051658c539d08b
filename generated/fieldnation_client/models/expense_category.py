from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_category_type import ExpenseCategoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseCategory")


@_attrs_define
class ExpenseCategory:
    """Category of an expense as returned: a system category or a company-defined (custom) expense.

    Example:
        {'id': 2, 'name': 'Travel Expense', 'label': 'Travel Expense', 'type': 'system'}

    Attributes:
        id (int | Unset): Category id (system category id for system expenses).
        uid (int | Unset):
        name (str | Unset):
        label (str | Unset): Display label of the category (legacy object docs).
        type_ (ExpenseCategoryType | Unset):
        company_expense_id (int | None | Unset): Id of the company-defined expense the category comes from, if any.
    """

    id: int | Unset = UNSET
    uid: int | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    type_: ExpenseCategoryType | Unset = UNSET
    company_expense_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uid = self.uid

        name = self.name

        label = self.label

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        company_expense_id: int | None | Unset
        if isinstance(self.company_expense_id, Unset):
            company_expense_id = UNSET
        else:
            company_expense_id = self.company_expense_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if company_expense_id is not UNSET:
            field_dict["company_expense_id"] = company_expense_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uid = d.pop("uid", UNSET)

        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ExpenseCategoryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExpenseCategoryType(_type_)

        def _parse_company_expense_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        company_expense_id = _parse_company_expense_id(d.pop("company_expense_id", UNSET))

        expense_category = cls(
            id=id, uid=uid, name=name, label=label, type_=type_, company_expense_id=company_expense_id
        )

        expense_category.additional_properties = d
        return expense_category

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

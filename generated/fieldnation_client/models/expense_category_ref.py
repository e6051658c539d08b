from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseCategoryRef")


@_attrs_define
class ExpenseCategoryRef:
    """Category chosen for a new or edited expense. Send the category `id` (and `uid` as the playground does), or the
    `company_expense_id` of a company-defined expense (see `GET /company/expenses`).

        Example:
            {'uid': 1, 'id': 10}

        Attributes:
            uid (int | Unset):
            id (int | Unset):
            company_expense_id (int | Unset):
    """

    uid: int | Unset = UNSET
    id: int | Unset = UNSET
    company_expense_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        id = self.id

        company_expense_id = self.company_expense_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if id is not UNSET:
            field_dict["id"] = id
        if company_expense_id is not UNSET:
            field_dict["company_expense_id"] = company_expense_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        id = d.pop("id", UNSET)

        company_expense_id = d.pop("company_expense_id", UNSET)

        expense_category_ref = cls(uid=uid, id=id, company_expense_id=company_expense_id)

        expense_category_ref.additional_properties = d
        return expense_category_ref

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

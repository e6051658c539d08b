from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectFinance")


@_attrs_define
class ProjectFinance:
    """The funding account work orders of the project are paid from.

    Example:
        {'id': 202, 'description': 'Corporate account'}

    Attributes:
        id (int):
        description (str | Unset):
        balance (float | Unset):
        terms (str | Unset):
        limit (float | Unset):
    """

    id: int
    description: str | Unset = UNSET
    balance: float | Unset = UNSET
    terms: str | Unset = UNSET
    limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        balance = self.balance

        terms = self.terms

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if description is not UNSET:
            field_dict["description"] = description
        if balance is not UNSET:
            field_dict["balance"] = balance
        if terms is not UNSET:
            field_dict["terms"] = terms
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description", UNSET)

        balance = d.pop("balance", UNSET)

        terms = d.pop("terms", UNSET)

        limit = d.pop("limit", UNSET)

        project_finance = cls(id=id, description=description, balance=balance, terms=terms, limit=limit)

        project_finance.additional_properties = d
        return project_finance

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

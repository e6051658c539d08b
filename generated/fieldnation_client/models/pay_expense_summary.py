from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayExpenseSummary")


@_attrs_define
class PayExpenseSummary:
    """The pay guide's form of `expenses`, dollar sums by status.

    Example:
        {'pending': 25.0, 'approved': 0.0}

    Attributes:
        pending (float | Unset):
        approved (float | Unset):
    """

    pending: float | Unset = UNSET
    approved: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending = self.pending

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if approved is not UNSET:
            field_dict["approved"] = approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pending = d.pop("pending", UNSET)

        approved = d.pop("approved", UNSET)

        pay_expense_summary = cls(pending=pending, approved=approved)

        pay_expense_summary.additional_properties = d
        return pay_expense_summary

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

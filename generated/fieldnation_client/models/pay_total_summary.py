from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayTotalSummary")


@_attrs_define
class PayTotalSummary:
    """The pay guide's form of `total`, the amount earned so far and the hours behind it.

    Example:
        {'amount': 195.0, 'hours_worked': 3.0}

    Attributes:
        amount (float | Unset):
        hours_worked (float | Unset):
    """

    amount: float | Unset = UNSET
    hours_worked: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        hours_worked = self.hours_worked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if hours_worked is not UNSET:
            field_dict["hours_worked"] = hours_worked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        hours_worked = d.pop("hours_worked", UNSET)

        pay_total_summary = cls(amount=amount, hours_worked=hours_worked)

        pay_total_summary.additional_properties = d
        return pay_total_summary

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

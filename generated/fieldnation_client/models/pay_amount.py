from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayAmount")


@_attrs_define
class PayAmount:
    """An amount paired with a number of units. What the pair means depends on the pay type: `fixed` base is the total with
    `units` 1; `hourly` base is the hourly rate with `units` the maximum hours; `device` base is the rate per device
    with `units` the maximum devices; `blended` base is the amount for the first `units` hours and `additional` the
    hourly rate for up to `units` more hours.

        Example:
            {'amount': 400, 'units': 1}

        Attributes:
            amount (float | Unset): Dollar amount (a total or a rate, depending on the pay type).
            units (float | Unset): Hours, devices, or 1 for fixed pay.
    """

    amount: float | Unset = UNSET
    units: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        units = d.pop("units", UNSET)

        pay_amount = cls(amount=amount, units=units)

        pay_amount.additional_properties = d
        return pay_amount

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

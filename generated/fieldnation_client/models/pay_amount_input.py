from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayAmountInput")


@_attrs_define
class PayAmountInput:
    """An amount/units pair as sent in requests. `amount` is required; `units` may be left out (the narrative guide sends
    `{"amount": 200.00}` alone for fixed pay).

        Example:
            {'amount': 25, 'units': 4}

        Attributes:
            amount (float | str): Dollar amount, as a number or a decimal string.
            units (float | Unset): Hours, devices, or 1 for fixed pay.
    """

    amount: float | str
    units: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"amount": amount})
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        units = d.pop("units", UNSET)

        pay_amount_input = cls(amount=amount, units=units)

        pay_amount_input.additional_properties = d
        return pay_amount_input

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

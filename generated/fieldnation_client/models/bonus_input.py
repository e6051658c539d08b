from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BonusInput")


@_attrs_define
class BonusInput:
    """Optional body of `POST /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or
    percentage) comes from the company definition named by `bonus_id`.

        Example:
            {'charged': True}

        Attributes:
            charged (bool | Unset): Whether the bonus is applied to the provider's pay right away.
            amount (float | Unset): Dollar amount for this work order (guide form).
            description (str | Unset): Why the bonus is granted (guide form).
    """

    charged: bool | Unset = UNSET
    amount: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charged = self.charged

        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charged is not UNSET:
            field_dict["charged"] = charged
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charged = d.pop("charged", UNSET)

        amount = d.pop("amount", UNSET)

        description = d.pop("description", UNSET)

        bonus_input = cls(charged=charged, amount=amount, description=description)

        bonus_input.additional_properties = d
        return bonus_input

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

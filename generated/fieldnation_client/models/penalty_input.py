from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PenaltyInput")


@_attrs_define
class PenaltyInput:
    """Optional body of `POST /workorders/{work_order_id}/penalties/{penalty_id}`. The penalty itself comes from the
    company definition named by `penalty_id`.

        Example:
            {'charged': True}

        Attributes:
            charged (bool | Unset): Whether the penalty is deducted from the provider's pay right away.
            amount (float | Unset): Dollar amount for this work order (guide form).
            reason (str | Unset): Why the penalty is applied (guide form).
    """

    charged: bool | Unset = UNSET
    amount: float | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charged = self.charged

        amount = self.amount

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charged is not UNSET:
            field_dict["charged"] = charged
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charged = d.pop("charged", UNSET)

        amount = d.pop("amount", UNSET)

        reason = d.pop("reason", UNSET)

        penalty_input = cls(charged=charged, amount=amount, reason=reason)

        penalty_input.additional_properties = d
        return penalty_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpensesSum")


@_attrs_define
class ExpensesSum:
    """Totals over the expenses of a work order, in US dollars.

    Example:
        {'all': 50.0, 'charged': 0, 'uncharged': 50.0}

    Attributes:
        all_ (float | Unset):
        charged (float | Unset):
        uncharged (float | Unset):
        pending (float | Unset):
        approved (float | Unset):
        approved_amount (float | Unset):
        denied (float | Unset):
    """

    all_: float | Unset = UNSET
    charged: float | Unset = UNSET
    uncharged: float | Unset = UNSET
    pending: float | Unset = UNSET
    approved: float | Unset = UNSET
    approved_amount: float | Unset = UNSET
    denied: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        charged = self.charged

        uncharged = self.uncharged

        pending = self.pending

        approved = self.approved

        approved_amount = self.approved_amount

        denied = self.denied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if charged is not UNSET:
            field_dict["charged"] = charged
        if uncharged is not UNSET:
            field_dict["uncharged"] = uncharged
        if pending is not UNSET:
            field_dict["pending"] = pending
        if approved is not UNSET:
            field_dict["approved"] = approved
        if approved_amount is not UNSET:
            field_dict["approved_amount"] = approved_amount
        if denied is not UNSET:
            field_dict["denied"] = denied

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = d.pop("all", UNSET)

        charged = d.pop("charged", UNSET)

        uncharged = d.pop("uncharged", UNSET)

        pending = d.pop("pending", UNSET)

        approved = d.pop("approved", UNSET)

        approved_amount = d.pop("approved_amount", UNSET)

        denied = d.pop("denied", UNSET)

        expenses_sum = cls(
            all_=all_,
            charged=charged,
            uncharged=uncharged,
            pending=pending,
            approved=approved,
            approved_amount=approved_amount,
            denied=denied,
        )

        expenses_sum.additional_properties = d
        return expenses_sum

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

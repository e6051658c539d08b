from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderCancelInput")


@_attrs_define
class ProviderCancelInput:
    """Optional body of `POST /workorders/{work_order_id}/provider/cancel`: why the assigned provider is removed.

    Example:
        {'reason': 'Vehicle breakdown', 'reason_id': 5, 'note': 'Cannot make it to site today'}

    Attributes:
        reason (str | Unset):
        reason_id (int | Unset): ID of a cancellation reason of the company.
        note (str | Unset):
    """

    reason: str | Unset = UNSET
    reason_id: int | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        reason_id = self.reason_id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        reason_id = d.pop("reason_id", UNSET)

        note = d.pop("note", UNSET)

        provider_cancel_input = cls(reason=reason, reason_id=reason_id, note=note)

        provider_cancel_input.additional_properties = d
        return provider_cancel_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TalentPoolProviderRemoval")


@_attrs_define
class TalentPoolProviderRemoval:
    """Answer of removing a provider from a talent pool group or service territory.

    Example:
        {'success': True, 'message': 'Provider 9001 removed from 1 talent pool(s)', 'removed_count': 1}

    Attributes:
        success (bool):
        message (str | Unset):
        removed_count (int | Unset): Number of talent pools (tiers) the provider was removed from.
    """

    success: bool
    message: str | Unset = UNSET
    removed_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        removed_count = self.removed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"success": success})
        if message is not UNSET:
            field_dict["message"] = message
        if removed_count is not UNSET:
            field_dict["removed_count"] = removed_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message", UNSET)

        removed_count = d.pop("removed_count", UNSET)

        talent_pool_provider_removal = cls(success=success, message=message, removed_count=removed_count)

        talent_pool_provider_removal.additional_properties = d
        return talent_pool_provider_removal

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

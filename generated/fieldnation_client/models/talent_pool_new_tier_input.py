from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TalentPoolNewTierInput")


@_attrs_define
class TalentPoolNewTierInput:
    """A tier to create with a new group, in the overview guide's `talent_pools` form: a name. A new group has no tier to
    rename yet, so the local sandbox refuses a tier `id` with 400 (its convention; Field Nation's pages do not say).

        Example:
            {'name': 'Tier 1 - Premium'}

        Attributes:
            name (str):
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        talent_pool_new_tier_input = cls(name=name)

        talent_pool_new_tier_input.additional_properties = d
        return talent_pool_new_tier_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreferredProviderGroupProviderIds")


@_attrs_define
class PreferredProviderGroupProviderIds:
    """Ids of every provider in a preferred provider group, without pagination.

    Example:
        {'group_id': 13, 'results': [9001, 9002, 9017]}

    Attributes:
        results (list[int]):
        group_id (int | Unset):
    """

    results: list[int]
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = self.results

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        results = cast(list[int], d.pop("results"))

        group_id = d.pop("group_id", UNSET)

        preferred_provider_group_provider_ids = cls(results=results, group_id=group_id)

        preferred_provider_group_provider_ids.additional_properties = d
        return preferred_provider_group_provider_ids

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

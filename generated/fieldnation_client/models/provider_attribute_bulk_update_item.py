from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderAttributeBulkUpdateItem")


@_attrs_define
class ProviderAttributeBulkUpdateItem:
    """A new value for an existing attribute, addressed by its UUID.

    Example:
        {'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'}

    Attributes:
        value (str):
        talent_pool_provider_attribute_id (str | Unset): UUID of the attribute to change (not checked as a UUID; see
            `id`).
        id (str | Unset): Same as `talent_pool_provider_attribute_id`, as the guide names it (its example sends
            placeholders such as `uuid-1`, so the value is not checked as a UUID).
    """

    value: str
    talent_pool_provider_attribute_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        talent_pool_provider_attribute_id = self.talent_pool_provider_attribute_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"value": value})
        if talent_pool_provider_attribute_id is not UNSET:
            field_dict["talent_pool_provider_attribute_id"] = talent_pool_provider_attribute_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        talent_pool_provider_attribute_id = d.pop("talent_pool_provider_attribute_id", UNSET)

        id = d.pop("id", UNSET)

        provider_attribute_bulk_update_item = cls(
            value=value, talent_pool_provider_attribute_id=talent_pool_provider_attribute_id, id=id
        )

        provider_attribute_bulk_update_item.additional_properties = d
        return provider_attribute_bulk_update_item

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

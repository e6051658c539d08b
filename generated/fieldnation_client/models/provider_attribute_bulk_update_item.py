from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

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
        talent_pool_provider_attribute_id (UUID | Unset):
        id (UUID | Unset): Overview guide's spelling of `talent_pool_provider_attribute_id`.
    """

    value: str
    talent_pool_provider_attribute_id: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        talent_pool_provider_attribute_id: str | Unset = UNSET
        if not isinstance(self.talent_pool_provider_attribute_id, Unset):
            talent_pool_provider_attribute_id = str(self.talent_pool_provider_attribute_id)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

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

        _talent_pool_provider_attribute_id = d.pop("talent_pool_provider_attribute_id", UNSET)
        talent_pool_provider_attribute_id: UUID | Unset
        if isinstance(_talent_pool_provider_attribute_id, Unset):
            talent_pool_provider_attribute_id = UNSET
        else:
            talent_pool_provider_attribute_id = UUID(_talent_pool_provider_attribute_id)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

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

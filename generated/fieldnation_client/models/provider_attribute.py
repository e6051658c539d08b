from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderAttribute")


@_attrs_define
class ProviderAttribute:
    """A name/value pair recorded for a provider in a talent pool (pay rate, priority...).

    Example:
        {'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'name': 'pay_rate', 'value':
            '65.00'}

    Attributes:
        talent_pool_provider_attribute_id (UUID): The attribute's UUID (the `attribute_uuid` of the single-attribute
            paths).
        value (str): Attribute value, always a string.
        id (UUID | Unset): Overview guide's spelling of `talent_pool_provider_attribute_id`.
        name (str | Unset): Attribute key.
    """

    talent_pool_provider_attribute_id: UUID
    value: str
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        talent_pool_provider_attribute_id = str(self.talent_pool_provider_attribute_id)

        value = self.value

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {"talent_pool_provider_attribute_id": talent_pool_provider_attribute_id, "value": value}
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        talent_pool_provider_attribute_id = UUID(d.pop("talent_pool_provider_attribute_id"))

        value = d.pop("value")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        provider_attribute = cls(
            talent_pool_provider_attribute_id=talent_pool_provider_attribute_id, value=value, id=id, name=name
        )

        provider_attribute.additional_properties = d
        return provider_attribute

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

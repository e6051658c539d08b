from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.provider_attribute_bulk_update_item import ProviderAttributeBulkUpdateItem


T = TypeVar("T", bound="ProviderAttributeBulkUpdate")


@_attrs_define
class ProviderAttributeBulkUpdate:
    """Body of the bulk update request.

    Example:
        {'attributes': [{'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'value': '75.00'},
            {'id': '4b7d2e1f-8c3a-4f6e-9d05-2a1b3c4d5e6f', 'value': 'critical'}]}

    Attributes:
        attributes (list[ProviderAttributeBulkUpdateItem]):
    """

    attributes: list[ProviderAttributeBulkUpdateItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"attributes": attributes})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_attribute_bulk_update_item import ProviderAttributeBulkUpdateItem  # noqa: PLC0415

        d = dict(src_dict)
        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = ProviderAttributeBulkUpdateItem.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        provider_attribute_bulk_update = cls(attributes=attributes)

        provider_attribute_bulk_update.additional_properties = d
        return provider_attribute_bulk_update

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

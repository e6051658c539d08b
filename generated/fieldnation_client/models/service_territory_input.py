from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute


T = TypeVar("T", bound="ServiceTerritoryInput")


@_attrs_define
class ServiceTerritoryInput:
    """Body of the create request.

    Example:
        {'name': 'Southwest Territory', 'project_id': 2201, 'display_name': 'SW Region', 'attributes': [{'name':
            'coverage_radius', 'value': '50'}]}

    Attributes:
        name (str):
        project_id (int | Unset):
        display_name (str | Unset):
        description (str | Unset):
        attributes (list[TalentPoolGroupAttribute] | Unset): Attributes to upsert by name.
    """

    name: str
    project_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        display_name = self.display_name

        description = self.description

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        project_id = d.pop("project_id", UNSET)

        display_name = d.pop("display_name", UNSET)

        description = d.pop("description", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TalentPoolGroupAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        service_territory_input = cls(
            name=name,
            project_id=project_id,
            display_name=display_name,
            description=description,
            attributes=attributes,
        )

        service_territory_input.additional_properties = d
        return service_territory_input

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

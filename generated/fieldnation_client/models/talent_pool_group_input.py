from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute
    from ..models.talent_pool_new_tier_input import TalentPoolNewTierInput


T = TypeVar("T", bound="TalentPoolGroupInput")


@_attrs_define
class TalentPoolGroupInput:
    """Body of the create request.

    Example:
        {'name': 'Spring POS Refresh - Midwest', 'project_id': 2201, 'display_name': 'Midwest POS Techs', 'attributes':
            [{'name': 'certification_level', 'value': 'expert'}]}

    Attributes:
        name (str):
        project_id (int):
        display_name (str | Unset):
        attributes (list[TalentPoolGroupAttribute] | Unset): Attributes to upsert by name.
        talent_pools (list[TalentPoolNewTierInput] | Unset): Tiers to create with the group (overview guide form); names
            only.
    """

    name: str
    project_id: int
    display_name: str | Unset = UNSET
    attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
    talent_pools: list[TalentPoolNewTierInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        display_name = self.display_name

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        talent_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.talent_pools, Unset):
            talent_pools = []
            for talent_pools_item_data in self.talent_pools:
                talent_pools_item = talent_pools_item_data.to_dict()
                talent_pools.append(talent_pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name, "project_id": project_id})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if talent_pools is not UNSET:
            field_dict["talent_pools"] = talent_pools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_new_tier_input import TalentPoolNewTierInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        project_id = d.pop("project_id")

        display_name = d.pop("display_name", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TalentPoolGroupAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _talent_pools = d.pop("talent_pools", UNSET)
        talent_pools: list[TalentPoolNewTierInput] | Unset = UNSET
        if _talent_pools is not UNSET:
            talent_pools = []
            for talent_pools_item_data in _talent_pools:
                talent_pools_item = TalentPoolNewTierInput.from_dict(talent_pools_item_data)

                talent_pools.append(talent_pools_item)

        talent_pool_group_input = cls(
            name=name,
            project_id=project_id,
            display_name=display_name,
            attributes=attributes,
            talent_pools=talent_pools,
        )

        talent_pool_group_input.additional_properties = d
        return talent_pool_group_input

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

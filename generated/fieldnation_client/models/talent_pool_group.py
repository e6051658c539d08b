from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute
    from ..models.talent_pool_tier import TalentPoolTier


T = TypeVar("T", bound="TalentPoolGroup")


@_attrs_define
class TalentPoolGroup:
    """A talent pool group of the second generation: a named container of tiers that belongs to one project.

    Example:
        {'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'name': 'Spring POS Refresh - Midwest',
            'project_id': 2201, 'display_name': 'Midwest POS Techs', 'tiers': [{'id': 1, 'name': 'Tier 1 - Premium'}, {'id':
            2, 'name': 'Tier 2 - Standard'}], 'attributes': [{'name': 'certification_level', 'value': 'expert'}]}

    Attributes:
        name (str): Internal name of the group.
        talent_pool_group_id (str | Unset): The group's UUID (the local sandbox always sends it).
        uuid (str | Unset): Spelling of the id in the guide's list example.
        display_name (None | str | Unset): Name shown to providers.
        project_id (int | Unset): Project the group belongs to.
        tiers (list[TalentPoolTier] | Unset): Talent pools (tiers) of the group.
        talent_pools (list[TalentPoolTier] | Unset): Overview guide's name for `tiers`.
        attributes (list[TalentPoolGroupAttribute] | Unset):
    """

    name: str
    talent_pool_group_id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    project_id: int | Unset = UNSET
    tiers: list[TalentPoolTier] | Unset = UNSET
    talent_pools: list[TalentPoolTier] | Unset = UNSET
    attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        talent_pool_group_id = self.talent_pool_group_id

        uuid = self.uuid

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        project_id = self.project_id

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        talent_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.talent_pools, Unset):
            talent_pools = []
            for talent_pools_item_data in self.talent_pools:
                talent_pools_item = talent_pools_item_data.to_dict()
                talent_pools.append(talent_pools_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if talent_pool_group_id is not UNSET:
            field_dict["talent_pool_group_id"] = talent_pool_group_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if talent_pools is not UNSET:
            field_dict["talent_pools"] = talent_pools
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        talent_pool_group_id = d.pop("talent_pool_group_id", UNSET)

        uuid = d.pop("uuid", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        project_id = d.pop("project_id", UNSET)

        _tiers = d.pop("tiers", UNSET)
        tiers: list[TalentPoolTier] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = TalentPoolTier.from_dict(tiers_item_data)

                tiers.append(tiers_item)

        _talent_pools = d.pop("talent_pools", UNSET)
        talent_pools: list[TalentPoolTier] | Unset = UNSET
        if _talent_pools is not UNSET:
            talent_pools = []
            for talent_pools_item_data in _talent_pools:
                talent_pools_item = TalentPoolTier.from_dict(talent_pools_item_data)

                talent_pools.append(talent_pools_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TalentPoolGroupAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        talent_pool_group = cls(
            name=name,
            talent_pool_group_id=talent_pool_group_id,
            uuid=uuid,
            display_name=display_name,
            project_id=project_id,
            tiers=tiers,
            talent_pools=talent_pools,
            attributes=attributes,
        )

        talent_pool_group.additional_properties = d
        return talent_pool_group

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

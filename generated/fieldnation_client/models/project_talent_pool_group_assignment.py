from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTalentPoolGroupAssignment")


@_attrs_define
class ProjectTalentPoolGroupAssignment:
    """One placement of a provider in a talent pool group, at one tier (talent pool) of that group.

    Example:
        {'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2}

    Attributes:
        talent_pool_group_id (str): UUID of the talent pool group.
        tier_id (int): Id of the tier (talent pool) within the group.
        talent_pool_group_name (str | Unset): Name of the group, when the API includes it in answers.
        tier_name (str | Unset): Name of the tier, when the API includes it in answers.
    """

    talent_pool_group_id: str
    tier_id: int
    talent_pool_group_name: str | Unset = UNSET
    tier_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        talent_pool_group_id = self.talent_pool_group_id

        tier_id = self.tier_id

        talent_pool_group_name = self.talent_pool_group_name

        tier_name = self.tier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"talent_pool_group_id": talent_pool_group_id, "tier_id": tier_id})
        if talent_pool_group_name is not UNSET:
            field_dict["talent_pool_group_name"] = talent_pool_group_name
        if tier_name is not UNSET:
            field_dict["tier_name"] = tier_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        talent_pool_group_id = d.pop("talent_pool_group_id")

        tier_id = d.pop("tier_id")

        talent_pool_group_name = d.pop("talent_pool_group_name", UNSET)

        tier_name = d.pop("tier_name", UNSET)

        project_talent_pool_group_assignment = cls(
            talent_pool_group_id=talent_pool_group_id,
            tier_id=tier_id,
            talent_pool_group_name=talent_pool_group_name,
            tier_name=tier_name,
        )

        project_talent_pool_group_assignment.additional_properties = d
        return project_talent_pool_group_assignment

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

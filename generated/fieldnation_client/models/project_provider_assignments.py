from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment


T = TypeVar("T", bound="ProjectProviderAssignments")


@_attrs_define
class ProjectProviderAssignments:
    """Every talent pool group and tier a provider holds within one project.

    Example:
        {'project_id': 2201, 'provider_id': 9001, 'talent_pool_groups': [{'talent_pool_group_id':
            'c9024ae8-781c-4aa9-b86f-543671db9208', 'talent_pool_group_name': 'Spring POS Refresh - Midwest', 'tier_id': 2,
            'tier_name': 'Tier 2 - Standard'}]}

    Attributes:
        talent_pool_groups (list[ProjectTalentPoolGroupAssignment]):
        project_id (int | Unset):
        provider_id (int | Unset):
    """

    talent_pool_groups: list[ProjectTalentPoolGroupAssignment]
    project_id: int | Unset = UNSET
    provider_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        talent_pool_groups = []
        for talent_pool_groups_item_data in self.talent_pool_groups:
            talent_pool_groups_item = talent_pool_groups_item_data.to_dict()
            talent_pool_groups.append(talent_pool_groups_item)

        project_id = self.project_id

        provider_id = self.provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"talent_pool_groups": talent_pool_groups})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment  # noqa: PLC0415

        d = dict(src_dict)
        talent_pool_groups = []
        _talent_pool_groups = d.pop("talent_pool_groups")
        for talent_pool_groups_item_data in _talent_pool_groups:
            talent_pool_groups_item = ProjectTalentPoolGroupAssignment.from_dict(talent_pool_groups_item_data)

            talent_pool_groups.append(talent_pool_groups_item)

        project_id = d.pop("project_id", UNSET)

        provider_id = d.pop("provider_id", UNSET)

        project_provider_assignments = cls(
            talent_pool_groups=talent_pool_groups, project_id=project_id, provider_id=provider_id
        )

        project_provider_assignments.additional_properties = d
        return project_provider_assignments

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment


T = TypeVar("T", bound="ProjectProviderAssignmentsUpdate")


@_attrs_define
class ProjectProviderAssignmentsUpdate:
    """Body of `PUT /projects/{project_id}/providers/{provider_id}`: the complete new set of group and tier placements.
    Placements not listed are removed.

        Example:
            {'talent_pool_groups': [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 1}]}

        Attributes:
            talent_pool_groups (list[ProjectTalentPoolGroupAssignment]):
    """

    talent_pool_groups: list[ProjectTalentPoolGroupAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        talent_pool_groups = []
        for talent_pool_groups_item_data in self.talent_pool_groups:
            talent_pool_groups_item = talent_pool_groups_item_data.to_dict()
            talent_pool_groups.append(talent_pool_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"talent_pool_groups": talent_pool_groups})

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

        project_provider_assignments_update = cls(talent_pool_groups=talent_pool_groups)

        project_provider_assignments_update.additional_properties = d
        return project_provider_assignments_update

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

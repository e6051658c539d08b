from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment


T = TypeVar("T", bound="ProjectProvidersAdd")


@_attrs_define
class ProjectProvidersAdd:
    """Body of `POST /projects/{project_id}/providers`: the providers to add and, for each talent pool group, the tier they
    join. A group may appear more than once with different tiers.

        Example:
            {'provider_ids': [9002, 9003], 'talent_pool_groups': [{'talent_pool_group_id':
                'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2}, {'talent_pool_group_id':
                '5b7d0e61-3f2a-4c8e-9a41-0d2f6c7e8b13', 'tier_id': 5}]}

        Attributes:
            provider_ids (list[int]):
            talent_pool_groups (list[ProjectTalentPoolGroupAssignment] | Unset):
    """

    provider_ids: list[int]
    talent_pool_groups: list[ProjectTalentPoolGroupAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_ids = self.provider_ids

        talent_pool_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.talent_pool_groups, Unset):
            talent_pool_groups = []
            for talent_pool_groups_item_data in self.talent_pool_groups:
                talent_pool_groups_item = talent_pool_groups_item_data.to_dict()
                talent_pool_groups.append(talent_pool_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"provider_ids": provider_ids})
        if talent_pool_groups is not UNSET:
            field_dict["talent_pool_groups"] = talent_pool_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment  # noqa: PLC0415

        d = dict(src_dict)
        provider_ids = cast(list[int], d.pop("provider_ids"))

        _talent_pool_groups = d.pop("talent_pool_groups", UNSET)
        talent_pool_groups: list[ProjectTalentPoolGroupAssignment] | Unset = UNSET
        if _talent_pool_groups is not UNSET:
            talent_pool_groups = []
            for talent_pool_groups_item_data in _talent_pool_groups:
                talent_pool_groups_item = ProjectTalentPoolGroupAssignment.from_dict(
                    talent_pool_groups_item_data
                )

                talent_pool_groups.append(talent_pool_groups_item)

        project_providers_add = cls(provider_ids=provider_ids, talent_pool_groups=talent_pool_groups)

        project_providers_add.additional_properties = d
        return project_providers_add

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

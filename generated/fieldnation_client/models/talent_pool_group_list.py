from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.talent_pool_group import TalentPoolGroup


T = TypeVar("T", bound="TalentPoolGroupList")


@_attrs_define
class TalentPoolGroupList:
    """One page of talent pool groups.

    Example:
        {'data': [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'name': 'Spring POS Refresh -
            Midwest', 'project_id': 2201, 'display_name': 'Midwest POS Techs', 'tiers': [{'id': 1, 'name': 'Tier 1 -
            Premium'}], 'attributes': []}], 'pagination': {'next_cursor': None, 'prev_cursor': None, 'limit': 20,
            'has_next_page': False, 'has_prev_page': False}}

    Attributes:
        data (list[TalentPoolGroup]):
        pagination (CursorPagination | Unset): Pagination of the newer, UUID-based resources (`data` + `pagination`).
            The playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so
            that is the one field required. Example: {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor':
            None, 'limit': 20, 'has_next_page': True, 'has_prev_page': False}.
    """

    data: list[TalentPoolGroup]
    pagination: CursorPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.talent_pool_group import TalentPoolGroup  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = TalentPoolGroup.from_dict(data_item_data)

            data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: CursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = CursorPagination.from_dict(_pagination)

        talent_pool_group_list = cls(data=data, pagination=pagination)

        talent_pool_group_list.additional_properties = d
        return talent_pool_group_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.talent_pool_group_provider import TalentPoolGroupProvider


T = TypeVar("T", bound="TalentPoolGroupProviderList")


@_attrs_define
class TalentPoolGroupProviderList:
    """One page of the providers of a talent pool group.

    Example:
        {'data': [{'provider_id': 9001, 'name': 'Luis Ortega', 'tier': {'id': 2, 'name': 'Tier 2 - Standard'},
            'exists_in_multiple_talent_pool_groups': True}], 'pagination': {'next_cursor': None, 'prev_cursor': None,
            'limit': 20, 'has_next_page': False, 'has_prev_page': False}}

    Attributes:
        data (list[TalentPoolGroupProvider]):
        providers (list[TalentPoolGroupProvider] | Unset): Same items as `data`, as the playground example also returns
            them.
        pagination (CursorPagination | Unset): Pagination of the newer, UUID-based resources (`data` + `pagination`).
            The playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so
            that is the one field required. Example: {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor':
            None, 'limit': 20, 'has_next_page': True, 'has_prev_page': False}.
    """

    data: list[TalentPoolGroupProvider]
    providers: list[TalentPoolGroupProvider] | Unset = UNSET
    pagination: CursorPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data})
        if providers is not UNSET:
            field_dict["providers"] = providers
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.talent_pool_group_provider import TalentPoolGroupProvider  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = TalentPoolGroupProvider.from_dict(data_item_data)

            data.append(data_item)

        _providers = d.pop("providers", UNSET)
        providers: list[TalentPoolGroupProvider] | Unset = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:
                providers_item = TalentPoolGroupProvider.from_dict(providers_item_data)

                providers.append(providers_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: CursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = CursorPagination.from_dict(_pagination)

        talent_pool_group_provider_list = cls(data=data, providers=providers, pagination=pagination)

        talent_pool_group_provider_list.additional_properties = d
        return talent_pool_group_provider_list

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

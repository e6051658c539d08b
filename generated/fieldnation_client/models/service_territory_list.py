from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.service_territory import ServiceTerritory


T = TypeVar("T", bound="ServiceTerritoryList")


@_attrs_define
class ServiceTerritoryList:
    """One page of service territories. The playground's cursor envelope is `data` + `pagination`; the guide's example
    answers `results`. Both are described and neither is required; the local sandbox sends `data` + `pagination`.

        Example:
            {'data': [{'id': '3f6c2a8e-5d41-4c7b-9e12-7a0b4d9c8e21', 'service_territory_id': '14', 'name': 'Southwest
                Territory', 'project_id': 2201, 'provider_count': 12}], 'pagination': {'next_cursor': None, 'prev_cursor': None,
                'limit': 20, 'has_next_page': False, 'has_prev_page': False}}

        Attributes:
            data (list[ServiceTerritory] | Unset):
            results (list[ServiceTerritory] | Unset): The items, under the name the guide's example uses.
            pagination (CursorPagination | Unset): Pagination of the newer, UUID-based resources (`data` + `pagination`).
                The playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so
                that is the one field required. Example: {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor':
                None, 'limit': 20, 'has_next_page': True, 'has_prev_page': False}.
    """

    data: list[ServiceTerritory] | Unset = UNSET
    results: list[ServiceTerritory] | Unset = UNSET
    pagination: CursorPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if results is not UNSET:
            field_dict["results"] = results
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.service_territory import ServiceTerritory  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ServiceTerritory] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ServiceTerritory.from_dict(data_item_data)

                data.append(data_item)

        _results = d.pop("results", UNSET)
        results: list[ServiceTerritory] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ServiceTerritory.from_dict(results_item_data)

                results.append(results_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: CursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = CursorPagination.from_dict(_pagination)

        service_territory_list = cls(data=data, results=results, pagination=pagination)

        service_territory_list.additional_properties = d
        return service_territory_list

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

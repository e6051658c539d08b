from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.preferred_provider_group import PreferredProviderGroup
    from ..models.preferred_provider_group_list_params_item import PreferredProviderGroupListParamsItem


T = TypeVar("T", bound="PreferredProviderGroupList")


@_attrs_define
class PreferredProviderGroupList:
    """Answer of `GET /preferred-provider-groups`.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25, 'view': 'list', 'order': 'asc'}, 'results':
            [{'id': 99999999, 'name': 'Uncategorized', 'providers': 2, 'actions': []}, {'id': 13, 'name': 'ATM Repair',
            'providers': 0, 'actions': ['edit', 'delete']}], 'actions': [], 'params': []}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
            'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[PreferredProviderGroup]):
        actions (list[str] | Unset):
        params (list[PreferredProviderGroupListParamsItem] | Unset):
    """

    metadata: ListMetadata
    results: list[PreferredProviderGroup]
    actions: list[str] | Unset = UNSET
    params: list[PreferredProviderGroupListParamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.preferred_provider_group import PreferredProviderGroup  # noqa: PLC0415
        from ..models.preferred_provider_group_list_params_item import PreferredProviderGroupListParamsItem  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PreferredProviderGroup.from_dict(results_item_data)

            results.append(results_item)

        actions = cast(list[str], d.pop("actions", UNSET))

        _params = d.pop("params", UNSET)
        params: list[PreferredProviderGroupListParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = PreferredProviderGroupListParamsItem.from_dict(params_item_data)

                params.append(params_item)

        preferred_provider_group_list = cls(
            metadata=metadata, results=results, actions=actions, params=params
        )

        preferred_provider_group_list.additional_properties = d
        return preferred_provider_group_list

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

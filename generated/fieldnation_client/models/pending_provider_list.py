from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_provider_list_actions_item import PendingProviderListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.pending_provider import PendingProvider
    from ..models.pending_provider_list_lists_item import PendingProviderListListsItem
    from ..models.pending_provider_list_params_item import PendingProviderListParamsItem


T = TypeVar("T", bound="PendingProviderList")


@_attrs_define
class PendingProviderList:
    """Providers related to a work order, filtered by the `list` parameter (for pending requests:
    `find_providers_pending_assignment`).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25, 'list': 'find_providers_pending_assignment',
                'view': 'model'}, 'results': [{'id': 9001, 'first_name': 'Luis', 'last_name': 'Ortega', 'has_request': True,
                'request': {'id': 5101, 'active': True, 'counter': False}}], 'actions': ['selection_rule']}

        Attributes:
            results (list[PendingProvider]):
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            actions (list[PendingProviderListActionsItem] | Unset):
            params (list[PendingProviderListParamsItem] | Unset): Filters applied to the list.
            lists (list[PendingProviderListListsItem] | Unset): Other provider lists the caller can ask for.
    """

    results: list[PendingProvider]
    metadata: ListMetadata | Unset = UNSET
    actions: list[PendingProviderListActionsItem] | Unset = UNSET
    params: list[PendingProviderListParamsItem] | Unset = UNSET
    lists: list[PendingProviderListListsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if actions is not UNSET:
            field_dict["actions"] = actions
        if params is not UNSET:
            field_dict["params"] = params
        if lists is not UNSET:
            field_dict["lists"] = lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pending_provider import PendingProvider  # noqa: PLC0415
        from ..models.pending_provider_list_lists_item import PendingProviderListListsItem  # noqa: PLC0415
        from ..models.pending_provider_list_params_item import PendingProviderListParamsItem  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PendingProvider.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _actions = d.pop("actions", UNSET)
        actions: list[PendingProviderListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PendingProviderListActionsItem(actions_item_data)

                actions.append(actions_item)

        _params = d.pop("params", UNSET)
        params: list[PendingProviderListParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = PendingProviderListParamsItem.from_dict(params_item_data)

                params.append(params_item)

        _lists = d.pop("lists", UNSET)
        lists: list[PendingProviderListListsItem] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = PendingProviderListListsItem.from_dict(lists_item_data)

                lists.append(lists_item)

        pending_provider_list = cls(
            results=results, metadata=metadata, actions=actions, params=params, lists=lists
        )

        pending_provider_list.additional_properties = d
        return pending_provider_list

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

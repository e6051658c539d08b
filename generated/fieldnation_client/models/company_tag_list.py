from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_tag_list_actions_item import CompanyTagListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_tag import CompanyTag
    from ..models.company_tag_list_params_item import CompanyTagListParamsItem
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="CompanyTagList")


@_attrs_define
class CompanyTagList:
    """Page-based list answered by `GET /company/tags`. The company guide's example carries only `results`, so `metadata`
    is not required.

        Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1008, 'label': 'VIP
                Client', 'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'], 'types': ['show_in_dashboard'],
                'actions': ['edit', 'delete']}, {'id': 1007, 'label': 'Needs parts', 'hex_color': '#F67B1E', 'valid_statuses':
                [], 'types': ['hold'], 'actions': ['edit', 'delete']}], 'actions': ['add']}

        Attributes:
            results (list[CompanyTag]):
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            actions (list[CompanyTagListActionsItem] | Unset): `add` when the caller may create tags.
            params (list[CompanyTagListParamsItem] | Unset):
            correlation_id (str | Unset):
    """

    results: list[CompanyTag]
    metadata: ListMetadata | Unset = UNSET
    actions: list[CompanyTagListActionsItem] | Unset = UNSET
    params: list[CompanyTagListParamsItem] | Unset = UNSET
    correlation_id: str | Unset = UNSET
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

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if actions is not UNSET:
            field_dict["actions"] = actions
        if params is not UNSET:
            field_dict["params"] = params
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_tag import CompanyTag  # noqa: PLC0415
        from ..models.company_tag_list_params_item import CompanyTagListParamsItem  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CompanyTag.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _actions = d.pop("actions", UNSET)
        actions: list[CompanyTagListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = CompanyTagListActionsItem(actions_item_data)

                actions.append(actions_item)

        _params = d.pop("params", UNSET)
        params: list[CompanyTagListParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = CompanyTagListParamsItem.from_dict(params_item_data)

                params.append(params_item)

        correlation_id = d.pop("correlation_id", UNSET)

        company_tag_list = cls(
            results=results, metadata=metadata, actions=actions, params=params, correlation_id=correlation_id
        )

        company_tag_list.additional_properties = d
        return company_tag_list

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

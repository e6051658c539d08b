from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.template import Template
    from ..models.template_list_lists_item import TemplateListListsItem
    from ..models.template_list_params_item import TemplateListParamsItem


T = TypeVar("T", bound="TemplateList")


@_attrs_define
class TemplateList:
    """Page-based list answered by `GET /templates`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 88, 'name': 'POS terminal
            swap', 'default': False, 'work_orders': 42, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id':
            2201, 'name': 'Spring POS Refresh'}, 'updated': {'utc': '2026-03-02 10:30:00'}, 'actions': ['edit', 'delete',
            'create_work_order', 'copy']}], 'actions': []}

    Attributes:
        results (list[Template]):
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        actions (list[str] | Unset): Actions available on the list as a whole.
        params (list[TemplateListParamsItem] | Unset): Echo of the list parameters the server applied.
        lists (list[TemplateListListsItem] | Unset): Saved list views offered by the UI.
        search_text (str | Unset):
        correlation_id (str | Unset):
    """

    results: list[Template]
    metadata: ListMetadata | Unset = UNSET
    actions: list[str] | Unset = UNSET
    params: list[TemplateListParamsItem] | Unset = UNSET
    lists: list[TemplateListListsItem] | Unset = UNSET
    search_text: str | Unset = UNSET
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
            actions = self.actions

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

        search_text = self.search_text

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
        if lists is not UNSET:
            field_dict["lists"] = lists
        if search_text is not UNSET:
            field_dict["search_text"] = search_text
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.template import Template  # noqa: PLC0415
        from ..models.template_list_lists_item import TemplateListListsItem  # noqa: PLC0415
        from ..models.template_list_params_item import TemplateListParamsItem  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Template.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        actions = cast(list[str], d.pop("actions", UNSET))

        _params = d.pop("params", UNSET)
        params: list[TemplateListParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = TemplateListParamsItem.from_dict(params_item_data)

                params.append(params_item)

        _lists = d.pop("lists", UNSET)
        lists: list[TemplateListListsItem] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = TemplateListListsItem.from_dict(lists_item_data)

                lists.append(lists_item)

        search_text = d.pop("search_text", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        template_list = cls(
            results=results,
            metadata=metadata,
            actions=actions,
            params=params,
            lists=lists,
            search_text=search_text,
            correlation_id=correlation_id,
        )

        template_list.additional_properties = d
        return template_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_list_actions_item import TagListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.tag import Tag


T = TypeVar("T", bound="TagList")


@_attrs_define
class TagList:
    """Tags applied to a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1007, 'label': 'Needs
                parts', 'hex_color': '#F67B1E', 'created': {'utc': '2026-06-28 15:05:00'}, 'actions': ['delete']}], 'actions':
                ['add']}

        Attributes:
            metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
                playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
                omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
                'page': 1, 'pages': 2, 'per_page': 25}.
            results (list[Tag]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            correlation_id (str | Unset):
            actions (list[TagListActionsItem] | Unset):
    """

    metadata: ListMetadata
    results: list[Tag]
    correlation_id: str | Unset = UNSET
    actions: list[TagListActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Tag.from_dict(results_item_data)

            results.append(results_item)

        correlation_id = d.pop("correlation_id", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[TagListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = TagListActionsItem(actions_item_data)

                actions.append(actions_item)

        tag_list = cls(metadata=metadata, results=results, correlation_id=correlation_id, actions=actions)

        tag_list.additional_properties = d
        return tag_list

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

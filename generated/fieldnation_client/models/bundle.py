from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_actions_item import BundleActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundled_work_order import BundledWorkOrder
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="Bundle")


@_attrs_define
class Bundle:
    """A bundle: several work orders a single provider takes together. The work order embeds it under `bundle`.

    Example:
        {'id': 311, 'metadata': {'total': 3, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1001, 'title':
            'Site A POS install'}, {'id': 1002, 'title': 'Site B POS install'}, {'id': 1003, 'title': 'Site C POS
            install'}], 'actions': ['view']}

    Attributes:
        id (int):
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[BundledWorkOrder] | Unset): The bundled work orders.
        actions (list[BundleActionsItem] | Unset):
    """

    id: int
    metadata: ListMetadata | Unset = UNSET
    results: list[BundledWorkOrder] | Unset = UNSET
    actions: list[BundleActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if results is not UNSET:
            field_dict["results"] = results
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundled_work_order import BundledWorkOrder  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _results = d.pop("results", UNSET)
        results: list[BundledWorkOrder] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = BundledWorkOrder.from_dict(results_item_data)

                results.append(results_item)

        _actions = d.pop("actions", UNSET)
        actions: list[BundleActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = BundleActionsItem(actions_item_data)

                actions.append(actions_item)

        bundle = cls(id=id, metadata=metadata, results=results, actions=actions)

        bundle.additional_properties = d
        return bundle

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

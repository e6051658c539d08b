from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_list_actions_item import ShipmentListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.shipment import Shipment


T = TypeVar("T", bound="ShipmentList")


@_attrs_define
class ShipmentList:
    """Shipments of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 216, 'name': 'Replacement
                POS terminal', 'direction': 'to site', 'carrier': {'name': 'fedex', 'tracking': '123456789012'}, 'created':
                {'utc': '2026-06-28 15:20:00'}, 'status': 'En Route', 'actions': ['edit', 'delete']}], 'actions': ['add']}

        Attributes:
            results (list[Shipment]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            correlation_id (str | Unset):
            actions (list[ShipmentListActionsItem] | Unset): What the caller may do with the list.
    """

    results: list[Shipment]
    metadata: ListMetadata | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[ShipmentListActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.shipment import Shipment  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Shipment.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        correlation_id = d.pop("correlation_id", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[ShipmentListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ShipmentListActionsItem(actions_item_data)

                actions.append(actions_item)

        shipment_list = cls(
            results=results, metadata=metadata, correlation_id=correlation_id, actions=actions
        )

        shipment_list.additional_properties = d
        return shipment_list

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

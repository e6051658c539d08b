from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_request_list_actions_item import PendingRequestListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.pending_request import PendingRequest


T = TypeVar("T", bound="PendingRequestList")


@_attrs_define
class PendingRequestList:
    """Requests providers made for a work order, newest first.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 5101, 'active': True,
            'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'user': {'id': 9001, 'first_name': 'Luis',
            'last_name': 'Ortega'}}]}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
            'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[PendingRequest]):
        open_request (PendingRequest | Unset): A provider's request to take a routed work order, possibly with a
            counter-offer (different pay, schedule or expenses). The work order embeds these under `requests`. Example:
            {'id': 5101, 'active': True, 'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'expires': {'utc':
            '2026-06-30 13:45:00'}, 'hour_estimate': 2, 'notes': 'Available Wednesday morning.', 'user': {'id': 9001,
            'first_name': 'Luis', 'last_name': 'Ortega'}}.
        actions (list[PendingRequestListActionsItem] | Unset):
    """

    metadata: ListMetadata
    results: list[PendingRequest]
    open_request: PendingRequest | Unset = UNSET
    actions: list[PendingRequestListActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        open_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_request, Unset):
            open_request = self.open_request.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})
        if open_request is not UNSET:
            field_dict["open_request"] = open_request
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pending_request import PendingRequest  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PendingRequest.from_dict(results_item_data)

            results.append(results_item)

        _open_request = d.pop("open_request", UNSET)
        open_request: PendingRequest | Unset
        if isinstance(_open_request, Unset):
            open_request = UNSET
        else:
            open_request = PendingRequest.from_dict(_open_request)

        _actions = d.pop("actions", UNSET)
        actions: list[PendingRequestListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PendingRequestListActionsItem(actions_item_data)

                actions.append(actions_item)

        pending_request_list = cls(
            metadata=metadata, results=results, open_request=open_request, actions=actions
        )

        pending_request_list.additional_properties = d
        return pending_request_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName
    from ..models.list_metadata import ListMetadata
    from ..models.work_order_networks_active import WorkOrderNetworksActive


T = TypeVar("T", bound="WorkOrderNetworks")


@_attrs_define
class WorkOrderNetworks:
    """Networks (talent pools) the work order is offered in, and the active one.

    Example:
        {'results': [{'id': 12, 'name': 'Preferred POS technicians'}], 'active': {'id': 12, 'name': 'Preferred POS
            technicians', 'type': 'standard'}}

    Attributes:
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        actions (list[str] | Unset):
        results (list[IdName] | Unset):
        active (WorkOrderNetworksActive | Unset): The network currently in use.
    """

    metadata: ListMetadata | Unset = UNSET
    actions: list[str] | Unset = UNSET
    results: list[IdName] | Unset = UNSET
    active: WorkOrderNetworksActive | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if actions is not UNSET:
            field_dict["actions"] = actions
        if results is not UNSET:
            field_dict["results"] = results
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.work_order_networks_active import WorkOrderNetworksActive  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        actions = cast(list[str], d.pop("actions", UNSET))

        _results = d.pop("results", UNSET)
        results: list[IdName] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = IdName.from_dict(results_item_data)

                results.append(results_item)

        _active = d.pop("active", UNSET)
        active: WorkOrderNetworksActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = WorkOrderNetworksActive.from_dict(_active)

        work_order_networks = cls(metadata=metadata, actions=actions, results=results, active=active)

        work_order_networks.additional_properties = d
        return work_order_networks

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.work_order import WorkOrder


T = TypeVar("T", bound="WorkOrderList")


@_attrs_define
class WorkOrderList:
    """A page of work orders (`metadata` + `results`), each holding the requested `columns`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25, 'list': 'workorders_all', 'view': 'list',
            'sort': 'id', 'order': 'desc'}, 'results': [{'id': 1001, 'title': 'Replace POS terminal at store 42', 'status':
            {'id': 2, 'name': 'Published', 'display': 'Published'}, 'type_of_work': {'id': 62, 'name': 'Point of Sale'},
            'company': {'id': 501, 'name': 'Acme Field Services'}}]}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
            'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[WorkOrder]):
        actions (list[str] | Unset): Actions the caller may take on the list (`add`, ...).
        correlation_id (str | Unset):
    """

    metadata: ListMetadata
    results: list[WorkOrder]
    actions: list[str] | Unset = UNSET
    correlation_id: str | Unset = UNSET
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

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.work_order import WorkOrder  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = WorkOrder.from_dict(results_item_data)

            results.append(results_item)

        actions = cast(list[str], d.pop("actions", UNSET))

        correlation_id = d.pop("correlation_id", UNSET)

        work_order_list = cls(
            metadata=metadata, results=results, actions=actions, correlation_id=correlation_id
        )

        work_order_list.additional_properties = d
        return work_order_list

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

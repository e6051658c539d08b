from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_dispatch_worker import AutoDispatchWorker


T = TypeVar("T", bound="AutoDispatchResponse")


@_attrs_define
class AutoDispatchResponse:
    """Answer of `POST /workorders/auto_dispatch`: the job that will dispatch the work orders.

    Example:
        {'__worker': {'id': 77120, 'type': 'standard', 'status': 'active', 'created': {'utc': '2026-07-01 14:00:00'},
            'payload': {'body': {'work_order_ids': [1001, 1002], 'selection_rule_id': 0, 'should_route': True, 'delay':
            900}}}}

    Attributes:
        field_worker (AutoDispatchWorker): The background job that carries out an auto-dispatch. Example: {'id': 77120,
            'type': 'standard', 'user': {'id': '7001', 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc':
            '2026-07-01 14:00:00'}, 'status': 'active', 'payload': {'query': [], 'body': {'work_order_ids': [1001, 1002],
            'network_ids': [50], 'selection_rule_id': 0, 'should_route': True, 'delay': 900, 'tiers': []},
            'additional_params': []}, 'response': {}, 'actions': []}.
    """

    field_worker: AutoDispatchWorker
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_worker = self.field_worker.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"__worker": field_worker})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_dispatch_worker import AutoDispatchWorker  # noqa: PLC0415

        d = dict(src_dict)
        field_worker = AutoDispatchWorker.from_dict(d.pop("__worker"))

        auto_dispatch_response = cls(field_worker=field_worker)

        auto_dispatch_response.additional_properties = d
        return auto_dispatch_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smart_dispatch_work_order import SmartDispatchWorkOrder


T = TypeVar("T", bound="SmartDispatchResult")


@_attrs_define
class SmartDispatchResult:
    """Answer of the trigger request.

    Example:
        {'work_orders': [{'id': 1001}, {'id': 1002}]}

    Attributes:
        work_orders (list[SmartDispatchWorkOrder]): The work orders Smart Dispatch took on.
    """

    work_orders: list[SmartDispatchWorkOrder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_orders = []
        for work_orders_item_data in self.work_orders:
            work_orders_item = work_orders_item_data.to_dict()
            work_orders.append(work_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"work_orders": work_orders})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_dispatch_work_order import SmartDispatchWorkOrder  # noqa: PLC0415

        d = dict(src_dict)
        work_orders = []
        _work_orders = d.pop("work_orders")
        for work_orders_item_data in _work_orders:
            work_orders_item = SmartDispatchWorkOrder.from_dict(work_orders_item_data)

            work_orders.append(work_orders_item)

        smart_dispatch_result = cls(work_orders=work_orders)

        smart_dispatch_result.additional_properties = d
        return smart_dispatch_result

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

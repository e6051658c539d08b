from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="SmartDispatchRequest")


@_attrs_define
class SmartDispatchRequest:
    """Body of the trigger request, the work orders to dispatch.

    Example:
        {'workOrders': [{'id': 1001}, {'id': 1002}]}

    Attributes:
        work_orders (list[IdRef] | Unset): Work orders to dispatch.
        work_order_ids (list[int] | Unset): Overview guide form of `workOrders`.
        strategy (str | Unset): Dispatch strategy named in the overview guide (`standard`).
    """

    work_orders: list[IdRef] | Unset = UNSET
    work_order_ids: list[int] | Unset = UNSET
    strategy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_orders, Unset):
            work_orders = []
            for work_orders_item_data in self.work_orders:
                work_orders_item = work_orders_item_data.to_dict()
                work_orders.append(work_orders_item)

        work_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.work_order_ids, Unset):
            work_order_ids = self.work_order_ids

        strategy = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_orders is not UNSET:
            field_dict["workOrders"] = work_orders
        if work_order_ids is not UNSET:
            field_dict["work_order_ids"] = work_order_ids
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        _work_orders = d.pop("workOrders", UNSET)
        work_orders: list[IdRef] | Unset = UNSET
        if _work_orders is not UNSET:
            work_orders = []
            for work_orders_item_data in _work_orders:
                work_orders_item = IdRef.from_dict(work_orders_item_data)

                work_orders.append(work_orders_item)

        work_order_ids = cast(list[int], d.pop("work_order_ids", UNSET))

        strategy = d.pop("strategy", UNSET)

        smart_dispatch_request = cls(
            work_orders=work_orders, work_order_ids=work_order_ids, strategy=strategy
        )

        smart_dispatch_request.additional_properties = d
        return smart_dispatch_request

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

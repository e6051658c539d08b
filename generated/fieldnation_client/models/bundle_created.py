from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundled_work_order import BundledWorkOrder


T = TypeVar("T", bound="BundleCreated")


@_attrs_define
class BundleCreated:
    """The synchronous answer the bundles guide shows for `POST /workorders/bundle`: the new bundle's ID, the bundled work
    orders and their combined pay. The 2026-02-09 playground answers a background job (`AsyncJob`) instead, as the local
    sandbox does.

        Example:
            {'bundle_id': 'BND-12345', 'work_orders': [{'id': 1001, 'title': 'Site A Install'}], 'total_pay': 450.0}

        Attributes:
            bundle_id (int | str): The bundle's ID (the guide's example is a string such as `BND-12345`).
            work_orders (list[BundledWorkOrder] | Unset):
            total_pay (float | Unset): Combined pay of the bundled work orders.
    """

    bundle_id: int | str
    work_orders: list[BundledWorkOrder] | Unset = UNSET
    total_pay: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id: int | str
        bundle_id = self.bundle_id

        work_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_orders, Unset):
            work_orders = []
            for work_orders_item_data in self.work_orders:
                work_orders_item = work_orders_item_data.to_dict()
                work_orders.append(work_orders_item)

        total_pay = self.total_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"bundle_id": bundle_id})
        if work_orders is not UNSET:
            field_dict["work_orders"] = work_orders
        if total_pay is not UNSET:
            field_dict["total_pay"] = total_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bundled_work_order import BundledWorkOrder  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bundle_id(data: object) -> int | str:
            return cast(int | str, data)

        bundle_id = _parse_bundle_id(d.pop("bundle_id"))

        _work_orders = d.pop("work_orders", UNSET)
        work_orders: list[BundledWorkOrder] | Unset = UNSET
        if _work_orders is not UNSET:
            work_orders = []
            for work_orders_item_data in _work_orders:
                work_orders_item = BundledWorkOrder.from_dict(work_orders_item_data)

                work_orders.append(work_orders_item)

        total_pay = d.pop("total_pay", UNSET)

        bundle_created = cls(bundle_id=bundle_id, work_orders=work_orders, total_pay=total_pay)

        bundle_created.additional_properties = d
        return bundle_created

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

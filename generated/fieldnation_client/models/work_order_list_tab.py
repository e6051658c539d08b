from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderListTab")


@_attrs_define
class WorkOrderListTab:
    """One saved work order list (a tab of the Field Nation UI such as Draft or Assigned) with the number of work orders
    currently in it.

        Example:
            {'id': 'workorders_assigned', 'label': 'Assigned', 'count': 12, 'active': False}

        Attributes:
            id (str): List name, usable as the `list` parameter of List Work Orders.
            label (str | Unset): Label of the tab.
            count (int | Unset): Work orders currently in the list.
            active (bool | Unset): Whether this is the caller's current (sticky) list.
    """

    id: str
    label: str | Unset = UNSET
    count: int | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        count = self.count

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if label is not UNSET:
            field_dict["label"] = label
        if count is not UNSET:
            field_dict["count"] = count
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        count = d.pop("count", UNSET)

        active = d.pop("active", UNSET)

        work_order_list_tab = cls(id=id, label=label, count=count, active=active)

        work_order_list_tab.additional_properties = d
        return work_order_list_tab

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

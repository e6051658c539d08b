from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_status_id import WorkOrderStatusId
from ..models.work_order_status_name import WorkOrderStatusName

T = TypeVar("T", bound="WorkOrderStatus")


@_attrs_define
class WorkOrderStatus:
    """
    Attributes:
        id (WorkOrderStatusId):
        name (WorkOrderStatusName):
    """

    id: WorkOrderStatusId
    name: WorkOrderStatusName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.value

        name = self.name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = WorkOrderStatusId(d.pop("id"))

        name = WorkOrderStatusName(d.pop("name"))

        work_order_status = cls(id=id, name=name)

        work_order_status.additional_properties = d
        return work_order_status

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

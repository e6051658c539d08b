from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type_id import TaskTypeId

T = TypeVar("T", bound="TaskUpdateType")


@_attrs_define
class TaskUpdateType:
    """
    Attributes:
        id (TaskTypeId): Kind of task: 1 set ETA, 2 enter closing notes, 3 check in, 4 check out, 5 upload a file, 6
            upload or take a picture, 7 fill out a custom field, 8 call a phone number, 9 send an email, 10 custom task, 11
            collect a signature, 12 enter shipment tracking, 13 download a file. Example: 8.
    """

    id: TaskTypeId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = TaskTypeId(d.pop("id"))

        task_update_type = cls(id=id)

        task_update_type.additional_properties = d
        return task_update_type

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

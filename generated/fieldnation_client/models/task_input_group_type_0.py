from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_group_id import TaskGroupId

T = TypeVar("T", bound="TaskInputGroupType0")


@_attrs_define
class TaskInputGroupType0:
    """
    Attributes:
        id (TaskGroupId): Phase of the job a task belongs to: `prep` (Pre Work), `onsite` (Work), `post` (Post Work).
            Example: onsite.
    """

    id: TaskGroupId
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
        id = TaskGroupId(d.pop("id"))

        task_input_group_type_0 = cls(id=id)

        task_input_group_type_0.additional_properties = d
        return task_input_group_type_0

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

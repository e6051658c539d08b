from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_group_id import TaskGroupId
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskGroup")


@_attrs_define
class TaskGroup:
    """Phase a task belongs to.

    Example:
        {'id': 'onsite', 'label': 'Work'}

    Attributes:
        id (str | TaskGroupId): The phase ID (`prep`, `onsite`, `post`). The tasks guide's list example shows a group
            name here instead (`Completion Requirements`), so any string is described.
        label (str | Unset): Display name (Pre Work, Work, Post Work).
    """

    id: str | TaskGroupId
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str
        if isinstance(self.id, TaskGroupId):
            id = self.id.value
        else:
            id = self.id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> str | TaskGroupId:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = TaskGroupId(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskGroupId, data)

        id = _parse_id(d.pop("id"))

        label = d.pop("label", UNSET)

        task_group = cls(id=id, label=label)

        task_group.additional_properties = d
        return task_group

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

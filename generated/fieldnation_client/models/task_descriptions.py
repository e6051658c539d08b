from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskDescriptions")


@_attrs_define
class TaskDescriptions:
    """Text pieces the apps use to render the task.

    Attributes:
        task (str | Unset):
        first (str | Unset):
        second (str | Unset):
        third (str | Unset):
        fourth (str | Unset):
    """

    task: str | Unset = UNSET
    first: str | Unset = UNSET
    second: str | Unset = UNSET
    third: str | Unset = UNSET
    fourth: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        first = self.first

        second = self.second

        third = self.third

        fourth = self.fourth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task is not UNSET:
            field_dict["task"] = task
        if first is not UNSET:
            field_dict["first"] = first
        if second is not UNSET:
            field_dict["second"] = second
        if third is not UNSET:
            field_dict["third"] = third
        if fourth is not UNSET:
            field_dict["fourth"] = fourth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task = d.pop("task", UNSET)

        first = d.pop("first", UNSET)

        second = d.pop("second", UNSET)

        third = d.pop("third", UNSET)

        fourth = d.pop("fourth", UNSET)

        task_descriptions = cls(task=task, first=first, second=second, third=third, fourth=fourth)

        task_descriptions.additional_properties = d
        return task_descriptions

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

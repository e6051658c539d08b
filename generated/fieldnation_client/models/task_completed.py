from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_completed_by import TaskCompletedBy
    from ..models.task_completed_local import TaskCompletedLocal


T = TypeVar("T", bound="TaskCompleted")


@_attrs_define
class TaskCompleted:
    """When and by whom a task was completed.

    Example:
        {'utc': '2026-07-01 15:10:00', 'local': {'date': '2026-07-01', 'time': '10:10:00'}, 'by': {'id': 9001, 'name':
            'Sam Okafor', 'assigned': True}}

    Attributes:
        utc (str | Unset): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO
            8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.
        local (TaskCompletedLocal | Unset):
        by (TaskCompletedBy | Unset):
    """

    utc: str | Unset = UNSET
    local: TaskCompletedLocal | Unset = UNSET
    by: TaskCompletedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utc = self.utc

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by, Unset):
            by = self.by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utc is not UNSET:
            field_dict["utc"] = utc
        if local is not UNSET:
            field_dict["local"] = local
        if by is not UNSET:
            field_dict["by"] = by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_completed_by import TaskCompletedBy  # noqa: PLC0415
        from ..models.task_completed_local import TaskCompletedLocal  # noqa: PLC0415

        d = dict(src_dict)
        utc = d.pop("utc", UNSET)

        _local = d.pop("local", UNSET)
        local: TaskCompletedLocal | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = TaskCompletedLocal.from_dict(_local)

        _by = d.pop("by", UNSET)
        by: TaskCompletedBy | Unset
        if isinstance(_by, Unset):
            by = UNSET
        else:
            by = TaskCompletedBy.from_dict(_by)

        task_completed = cls(utc=utc, local=local, by=by)

        task_completed.additional_properties = d
        return task_completed

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_input_status import JobStatusInputStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusInput")


@_attrs_define
class JobStatusInput:
    """Body of `PUT /workorders/{work_order_id}/job-status`.

    Example:
        {'status': 'incomplete', 'reason_id': 8}

    Attributes:
        status (JobStatusInputStatus):
        reason_id (int | Unset): Why the job is incomplete.
    """

    status: JobStatusInputStatus
    reason_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reason_id = self.reason_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"status": status})
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = JobStatusInputStatus(d.pop("status"))

        reason_id = d.pop("reason_id", UNSET)

        job_status_input = cls(status=status, reason_id=reason_id)

        job_status_input.additional_properties = d
        return job_status_input

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

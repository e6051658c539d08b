from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_job_status import AsyncJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncJob")


@_attrs_define
class AsyncJob:
    """Answer of an operation run with `async=true`, or of a bulk operation processed in the background.

    Example:
        {'job_id': 884512, 'status': 'queued'}

    Attributes:
        job_id (int): The job's ID (the playground's bundle answers show the placeholder 0).
        status (AsyncJobStatus | Unset):
    """

    job_id: int
    status: AsyncJobStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"job_id": job_id})
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        _status = d.pop("status", UNSET)
        status: AsyncJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AsyncJobStatus(_status)

        async_job = cls(job_id=job_id, status=status)

        async_job.additional_properties = d
        return async_job

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

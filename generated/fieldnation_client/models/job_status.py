from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_status import JobStatusStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_history_entry import JobStatusHistoryEntry
    from ..models.job_status_reason import JobStatusReason


T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """Whether the provider completed the full scope of work, separate from the work order's lifecycle status. `pending`
    until someone records it.

        Example:
            {'status': 'incomplete', 'reason': {'id': 8, 'label': 'Incorrect part provided'}, 'history': []}

        Attributes:
            status (JobStatusStatus | Unset):
            reason (JobStatusReason | None | Unset): Why the job is incomplete; null otherwise.
            history (list[JobStatusHistoryEntry] | Unset):
    """

    status: JobStatusStatus | Unset = UNSET
    reason: JobStatusReason | None | Unset = UNSET
    history: list[JobStatusHistoryEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_status_reason import JobStatusReason  # noqa: PLC0415

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reason: dict[str, Any] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, JobStatusReason):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_status_history_entry import JobStatusHistoryEntry  # noqa: PLC0415
        from ..models.job_status_reason import JobStatusReason  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: JobStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatusStatus(_status)

        def _parse_reason(data: object) -> JobStatusReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_type_0 = JobStatusReason.from_dict(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatusReason | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _history = d.pop("history", UNSET)
        history: list[JobStatusHistoryEntry] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = JobStatusHistoryEntry.from_dict(history_item_data)

                history.append(history_item)

        job_status = cls(status=status, reason=reason, history=history)

        job_status.additional_properties = d
        return job_status

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

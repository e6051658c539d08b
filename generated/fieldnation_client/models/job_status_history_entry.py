from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_history_entry_status import JobStatusHistoryEntryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.job_status_reason import JobStatusReason
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="JobStatusHistoryEntry")


@_attrs_define
class JobStatusHistoryEntry:
    """A past job status of the work order.

    Example:
        {'status': 'incomplete', 'reason': {'id': 8, 'label': 'Incorrect part provided'}, 'created': {'utc': '2026-06-30
            18:00:00'}}

    Attributes:
        status (JobStatusHistoryEntryStatus | Unset):
        reason (JobStatusReason | Unset): Reason given for a job status (a site-revisit reason of the company). Example:
            {'id': 8, 'label': 'Incorrect part provided'}.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        user (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
    """

    status: JobStatusHistoryEntryStatus | Unset = UNSET
    reason: JobStatusReason | Unset = UNSET
    created: DateObject | Unset = UNSET
    user: UserRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if created is not UNSET:
            field_dict["created"] = created
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.job_status_reason import JobStatusReason  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: JobStatusHistoryEntryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatusHistoryEntryStatus(_status)

        _reason = d.pop("reason", UNSET)
        reason: JobStatusReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = JobStatusReason.from_dict(_reason)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        job_status_history_entry = cls(status=status, reason=reason, created=created, user=user)

        job_status_history_entry.additional_properties = d
        return job_status_history_entry

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

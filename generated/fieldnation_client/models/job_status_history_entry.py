from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.job_status_history_entry_status import JobStatusHistoryEntryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.job_status_reason import JobStatusReason, JobStatusReasonDict
    from ..models.user_ref import UserRef, UserRefDict


class JobStatusHistoryEntry(_m.BaseModel):
    """A past job status of the work order.

    Example:
        {'status': 'incomplete', 'reason': {'id': 8, 'label': 'Incorrect part provided'}, 'created': {'utc': '2026-06-30
            18:00:00'}}

    Attributes:
        status (JobStatusHistoryEntryStatus | None):
        reason (JobStatusReason | None): Reason given for a job status (a site-revisit reason of the company).
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        user (UserRef | None): A user as embedded in other objects (author, assignee, manager).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: JobStatusHistoryEntryStatus | Unset = UNSET,
        reason: JobStatusReason | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        user: UserRef | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("reason", reason)
        self._set("created", created)
        self._set("user", user)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.job_status_reason import JobStatusReason  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "status": _m.Field(_m.Enum(JobStatusHistoryEntryStatus), False, False),
            "reason": _m.Field(_m.Model(JobStatusReason), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "user": _m.Field(_m.Model(UserRef), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> JobStatusHistoryEntryStatus | None:
        return cast("JobStatusHistoryEntryStatus | None", self._get("status"))

    @status.setter
    def status(self, value: JobStatusHistoryEntryStatus | None) -> None:
        self._set("status", value)

    @property
    def reason(self) -> JobStatusReason | None:
        """Reason given for a job status (a site-revisit reason of the company)."""
        return cast("JobStatusReason | None", self._get("reason"))

    @reason.setter
    def reason(self, value: JobStatusReason | None) -> None:
        self._set("reason", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def user(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("user"))

    @user.setter
    def user(self, value: UserRef | None) -> None:
        self._set("user", value)


class JobStatusHistoryEntryDict(TypedDict, total=False):
    """:class:`JobStatusHistoryEntry` as plain data (JSON keys); accepted wherever the model is sent."""

    status: JobStatusHistoryEntryStatus | str
    reason: JobStatusReason | JobStatusReasonDict
    created: DateObject | DateObjectDict
    user: UserRef | UserRefDict

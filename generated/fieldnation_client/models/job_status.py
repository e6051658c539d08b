from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.job_status_status import JobStatusStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_history_entry import JobStatusHistoryEntry, JobStatusHistoryEntryDict
    from ..models.job_status_reason import JobStatusReason, JobStatusReasonDict


class JobStatus(_m.BaseModel):
    """Whether the provider completed the full scope of work, separate from the work order's lifecycle status. `pending`
    until someone records it.

        Example:
            {'status': 'incomplete', 'reason': {'id': 8, 'label': 'Incorrect part provided'}, 'history': []}

        Attributes:
            status (JobStatusStatus | None):
            reason (JobStatusReason | None): Why the job is incomplete; null otherwise.
            history (list[JobStatusHistoryEntry] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: JobStatusStatus | Unset = UNSET,
        reason: JobStatusReason | None | Unset = UNSET,
        history: list[JobStatusHistoryEntry] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("reason", reason)
        self._set("history", history)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.job_status_history_entry import JobStatusHistoryEntry  # noqa: PLC0415
        from ..models.job_status_reason import JobStatusReason  # noqa: PLC0415

        return {
            "status": _m.Field(_m.Enum(JobStatusStatus), False, False),
            "reason": _m.Field(_m.Model(JobStatusReason), False, True),
            "history": _m.Field(_m.List(_m.Model(JobStatusHistoryEntry)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> JobStatusStatus | None:
        return cast("JobStatusStatus | None", self._get("status"))

    @status.setter
    def status(self, value: JobStatusStatus | None) -> None:
        self._set("status", value)

    @property
    def reason(self) -> JobStatusReason | None:
        """Why the job is incomplete; null otherwise."""
        return cast("JobStatusReason | None", self._get("reason"))

    @reason.setter
    def reason(self, value: JobStatusReason | None) -> None:
        self._set("reason", value)

    @property
    def history(self) -> list[JobStatusHistoryEntry] | None:
        return cast("list[JobStatusHistoryEntry] | None", self._get("history"))

    @history.setter
    def history(self, value: list[JobStatusHistoryEntry] | None) -> None:
        self._set("history", value)


class JobStatusDict(TypedDict, total=False):
    """:class:`JobStatus` as plain data (JSON keys); accepted wherever the model is sent."""

    status: JobStatusStatus | str
    reason: JobStatusReason | JobStatusReasonDict | None
    history: list[JobStatusHistoryEntry | JobStatusHistoryEntryDict]

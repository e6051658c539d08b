from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.job_status_input_status import JobStatusInputStatus
from ..types import UNSET, Unset


class JobStatusInput(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/job-status`.

    Example:
        {'status': 'incomplete', 'reason_id': 8}

    Attributes:
        status (JobStatusInputStatus):
        reason_id (int | None): Why the job is incomplete.
    """

    __slots__ = ()

    def __init__(self, *, status: JobStatusInputStatus, reason_id: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("reason_id", reason_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "status": _m.Field(_m.Enum(JobStatusInputStatus), True, False),
            "reason_id": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> JobStatusInputStatus:
        return cast("JobStatusInputStatus", self._get("status"))

    @status.setter
    def status(self, value: JobStatusInputStatus) -> None:
        self._set("status", value)

    @property
    def reason_id(self) -> int | None:
        """Why the job is incomplete."""
        return cast("int | None", self._get("reason_id"))

    @reason_id.setter
    def reason_id(self, value: int | None) -> None:
        self._set("reason_id", value)


class JobStatusInputDict(TypedDict, total=False):
    """:class:`JobStatusInput` as plain data (JSON keys); accepted wherever the model is sent."""

    status: Required[JobStatusInputStatus | str]
    reason_id: int

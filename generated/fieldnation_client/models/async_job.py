from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.async_job_status import AsyncJobStatus
from ..types import UNSET, Unset


class AsyncJob(_m.BaseModel):
    """Answer of an operation run with `async=true`, or of a bulk operation processed in the background.

    Example:
        {'job_id': 884512, 'status': 'queued'}

    Attributes:
        job_id (int): The job's ID (the playground's bundle answers show the placeholder 0).
        status (AsyncJobStatus | None):
    """

    __slots__ = ()

    def __init__(self, *, job_id: int, status: AsyncJobStatus | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("job_id", job_id)
        self._set("status", status)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "job_id": _m.Field(_m.INT, True, False),
            "status": _m.Field(_m.Enum(AsyncJobStatus), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def job_id(self) -> int:
        """The job's ID (the playground's bundle answers show the placeholder 0)."""
        return cast("int", self._get("job_id"))

    @job_id.setter
    def job_id(self, value: int) -> None:
        self._set("job_id", value)

    @property
    def status(self) -> AsyncJobStatus | None:
        return cast("AsyncJobStatus | None", self._get("status"))

    @status.setter
    def status(self, value: AsyncJobStatus | None) -> None:
        self._set("status", value)


class AsyncJobDict(TypedDict, total=False):
    """:class:`AsyncJob` as plain data (JSON keys); accepted wherever the model is sent."""

    job_id: Required[int]
    status: AsyncJobStatus | str

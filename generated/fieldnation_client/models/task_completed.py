from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_completed_by import TaskCompletedBy, TaskCompletedByDict
    from ..models.task_completed_local import TaskCompletedLocal, TaskCompletedLocalDict


class TaskCompleted(_m.BaseModel):
    """When and by whom a task was completed.

    Example:
        {'utc': '2026-07-01 15:10:00', 'local': {'date': '2026-07-01', 'time': '10:10:00'}, 'by': {'id': 9001, 'name':
            'Sam Okafor', 'assigned': True}}

    Attributes:
        utc (str | None): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
            (`2026-02-01T17:00:00Z`). Both are accepted on input.
        local (TaskCompletedLocal | None):
        by (TaskCompletedBy | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        utc: str | Unset = UNSET,
        local: TaskCompletedLocal | Unset = UNSET,
        by: TaskCompletedBy | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("utc", utc)
        self._set("local", local)
        self._set("by", by)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.task_completed_by import TaskCompletedBy  # noqa: PLC0415
        from ..models.task_completed_local import TaskCompletedLocal  # noqa: PLC0415

        return {
            "utc": _m.Field(_m.STR, False, False),
            "local": _m.Field(_m.Model(TaskCompletedLocal), False, False),
            "by": _m.Field(_m.Model(TaskCompletedBy), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def utc(self) -> str | None:
        """A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
        (`2026-02-01T17:00:00Z`). Both are accepted on input."""
        return cast("str | None", self._get("utc"))

    @utc.setter
    def utc(self, value: str | None) -> None:
        self._set("utc", value)

    @property
    def local(self) -> TaskCompletedLocal | None:
        return cast("TaskCompletedLocal | None", self._get("local"))

    @local.setter
    def local(self, value: TaskCompletedLocal | None) -> None:
        self._set("local", value)

    @property
    def by(self) -> TaskCompletedBy | None:
        return cast("TaskCompletedBy | None", self._get("by"))

    @by.setter
    def by(self, value: TaskCompletedBy | None) -> None:
        self._set("by", value)


class TaskCompletedDict(TypedDict, total=False):
    """:class:`TaskCompleted` as plain data (JSON keys); accepted wherever the model is sent."""

    utc: str
    local: TaskCompletedLocal | TaskCompletedLocalDict
    by: TaskCompletedBy | TaskCompletedByDict

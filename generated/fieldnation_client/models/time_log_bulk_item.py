from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_log_checkpoint_input import TimeLogCheckpointInput


class TimeLogBulkItem(_m.BaseModel):
    """One entry of a bulk time-log update; `id` names the log to change.

    Example:
        {'id': 5050, 'in': {'created': {'utc': '2026-07-01T14:05:00Z', 'local': {'date': '2026-07-01', 'time':
            '09:05:00'}}}}

    Attributes:
        id (int):
        in_ (TimeLogCheckpointInput | None): A check-in or check-out time sent by the client. The playground sends
            `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
            ...}`). Both are accepted; send exactly one of `created` or `utc`.
        out (TimeLogCheckpointInput | None): A check-in or check-out time sent by the client. The playground sends
            `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
            ...}`). Both are accepted; send exactly one of `created` or `utc`.
        devices (int | None):
        hours (float | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        in_: TimeLogCheckpointInput | Unset = UNSET,
        out: TimeLogCheckpointInput | Unset = UNSET,
        devices: int | Unset = UNSET,
        hours: float | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("in", in_)
        self._set("out", out)
        self._set("devices", devices)
        self._set("hours", hours)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.time_log_checkpoint_input import TimeLogCheckpointInput  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "in": _m.Field(_m.Model(TimeLogCheckpointInput), False, False),
            "out": _m.Field(_m.Model(TimeLogCheckpointInput), False, False),
            "devices": _m.Field(_m.INT, False, False),
            "hours": _m.Field(_m.FLOAT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def in_(self) -> TimeLogCheckpointInput | None:
        """A check-in or check-out time sent by the client. The playground sends `{"created": {"utc": ...,
        "local": {...}}}`; the narrative guide sends the date object directly (`{"utc": ...}`). Both are
        accepted; send exactly one of `created` or `utc`."""
        return cast("TimeLogCheckpointInput | None", self._get("in"))

    @in_.setter
    def in_(self, value: TimeLogCheckpointInput | None) -> None:
        self._set("in", value)

    @property
    def out(self) -> TimeLogCheckpointInput | None:
        """A check-in or check-out time sent by the client. The playground sends `{"created": {"utc": ...,
        "local": {...}}}`; the narrative guide sends the date object directly (`{"utc": ...}`). Both are
        accepted; send exactly one of `created` or `utc`."""
        return cast("TimeLogCheckpointInput | None", self._get("out"))

    @out.setter
    def out(self, value: TimeLogCheckpointInput | None) -> None:
        self._set("out", value)

    @property
    def devices(self) -> int | None:
        return cast("int | None", self._get("devices"))

    @devices.setter
    def devices(self, value: int | None) -> None:
        self._set("devices", value)

    @property
    def hours(self) -> float | None:
        return cast("float | None", self._get("hours"))

    @hours.setter
    def hours(self, value: float | None) -> None:
        self._set("hours", value)


TimeLogBulkItemDict: TypeAlias = "dict[str, Any]"
"""TimeLogBulkItem as plain data (its JSON keys cannot all be Python names)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.time_log_checkpoint_input import TimeLogCheckpointInput


class TimeLogInput(_m.BaseModel):
    """A new or changed time log. Send `in` (and `out` once the work is done); for per-device pay add `devices`. The
    guide's `start` / `end` / `user_id` spelling is accepted as an alternative to `in` / `out`.

        Example:
            {'in': {'created': {'utc': '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}, 'out':
                {'created': {'utc': '2026-07-01T16:30:00Z', 'local': {'date': '2026-07-01', 'time': '11:30:00'}}}}

        Attributes:
            in_ (TimeLogCheckpointInput | None): A check-in or check-out time sent by the client. The playground sends
                `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
                ...}`). Both are accepted; send exactly one of `created` or `utc`.
            out (TimeLogCheckpointInput | None): A check-in or check-out time sent by the client. The playground sends
                `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
                ...}`). Both are accepted; send exactly one of `created` or `utc`.
            devices (int | None):
            hours (float | None): Hours to record when no check-out time is given.
            user_id (int | None): Guide spelling; provider the time is logged for (defaults to the assignee).
            start (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            end (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        in_: TimeLogCheckpointInput | Unset = UNSET,
        out: TimeLogCheckpointInput | Unset = UNSET,
        devices: int | Unset = UNSET,
        hours: float | Unset = UNSET,
        user_id: int | Unset = UNSET,
        start: DateObject | Unset = UNSET,
        end: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("in", in_)
        self._set("out", out)
        self._set("devices", devices)
        self._set("hours", hours)
        self._set("user_id", user_id)
        self._set("start", start)
        self._set("end", end)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.time_log_checkpoint_input import TimeLogCheckpointInput  # noqa: PLC0415

        return {
            "in": _m.Field(_m.Model(TimeLogCheckpointInput), False, False),
            "out": _m.Field(_m.Model(TimeLogCheckpointInput), False, False),
            "devices": _m.Field(_m.INT, False, False),
            "hours": _m.Field(_m.FLOAT, False, False),
            "user_id": _m.Field(_m.INT, False, False),
            "start": _m.Field(_m.Model(DateObject), False, False),
            "end": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

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
        """Hours to record when no check-out time is given."""
        return cast("float | None", self._get("hours"))

    @hours.setter
    def hours(self, value: float | None) -> None:
        self._set("hours", value)

    @property
    def user_id(self) -> int | None:
        """Guide spelling; provider the time is logged for (defaults to the assignee)."""
        return cast("int | None", self._get("user_id"))

    @user_id.setter
    def user_id(self, value: int | None) -> None:
        self._set("user_id", value)

    @property
    def start(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("start"))

    @start.setter
    def start(self, value: DateObject | None) -> None:
        self._set("start", value)

    @property
    def end(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("end"))

    @end.setter
    def end(self, value: DateObject | None) -> None:
        self._set("end", value)


TimeLogInputDict: TypeAlias = "dict[str, Any]"
"""TimeLogInput as plain data (its JSON keys cannot all be Python names)."""

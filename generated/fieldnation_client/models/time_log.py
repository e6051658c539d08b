from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias, cast

from .. import _models as _m
from ..models.time_log_status import TimeLogStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_log_checkpoint import TimeLogCheckpoint
    from ..models.time_log_time_zone import TimeLogTimeZone
    from ..models.user_ref import UserRef


class TimeLog(_m.BaseModel):
    """A check-in / check-out pair recorded against a work order, with the hours between them. `out` is missing (or null)
    while the provider is still checked in.

        Example:
            {'id': 5050, 'in': {'created': {'utc': '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time':
                '09:05:00'}}, 'coords': {'latitude': 44.8963, 'longitude': -93.2682}, 'verified': True}, 'out': {'created':
                {'utc': '2026-07-01 16:35:00', 'local': {'date': '2026-07-01', 'time': '11:35:00'}}, 'verified': True}, 'hours':
                2.5, 'status': 'checked_out', 'verified': False, 'was_late': False, 'logged_by': {'id': 9001, 'first_name':
                'Riley', 'last_name': 'Okafor'}, 'actions': ['edit', 'delete']}

        Attributes:
            id (int): Time log ID; the `workorder_hours_id` path parameter of the single-log operations.
            in_ (TimeLogCheckpoint | None): One end of a time log: when the provider checked in (`in`) or out (`out`),
                where, and whether the position was close enough to the site to count as verified.
            out (TimeLogCheckpoint | None):
            devices (int | None): Number of devices serviced; only meaningful for per-device pay.
            hours (float | None): Hours between check-in and check-out (decimal, e.g. 1.9167).
            status (TimeLogStatus | None):
            verified (bool | None): True once the buyer has verified (approved) the logged time.
            was_late (bool | None): True when the provider checked in after the scheduled start.
            time_zone (TimeLogTimeZone | None): Local time zone of the work order the time log belongs to.
            logged_by (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        in_: TimeLogCheckpoint | Unset = UNSET,
        out: TimeLogCheckpoint | None | Unset = UNSET,
        devices: int | Unset = UNSET,
        hours: float | Unset = UNSET,
        status: TimeLogStatus | Unset = UNSET,
        verified: bool | Unset = UNSET,
        was_late: bool | Unset = UNSET,
        time_zone: TimeLogTimeZone | Unset = UNSET,
        logged_by: UserRef | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("in", in_)
        self._set("out", out)
        self._set("devices", devices)
        self._set("hours", hours)
        self._set("status", status)
        self._set("verified", verified)
        self._set("was_late", was_late)
        self._set("time_zone", time_zone)
        self._set("logged_by", logged_by)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.time_log_checkpoint import TimeLogCheckpoint  # noqa: PLC0415
        from ..models.time_log_time_zone import TimeLogTimeZone  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "in": _m.Field(_m.Model(TimeLogCheckpoint), False, False),
            "out": _m.Field(_m.Model(TimeLogCheckpoint), False, True),
            "devices": _m.Field(_m.INT, False, False),
            "hours": _m.Field(_m.FLOAT, False, False),
            "status": _m.Field(_m.Enum(TimeLogStatus), False, False),
            "verified": _m.Field(_m.BOOL, False, False),
            "was_late": _m.Field(_m.BOOL, False, False),
            "time_zone": _m.Field(_m.Model(TimeLogTimeZone), False, False),
            "logged_by": _m.Field(_m.Model(UserRef), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Time log ID; the `workorder_hours_id` path parameter of the single-log operations."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def in_(self) -> TimeLogCheckpoint | None:
        """One end of a time log: when the provider checked in (`in`) or out (`out`), where, and whether the
        position was close enough to the site to count as verified."""
        return cast("TimeLogCheckpoint | None", self._get("in"))

    @in_.setter
    def in_(self, value: TimeLogCheckpoint | None) -> None:
        self._set("in", value)

    @property
    def out(self) -> TimeLogCheckpoint | None:
        return cast("TimeLogCheckpoint | None", self._get("out"))

    @out.setter
    def out(self, value: TimeLogCheckpoint | None) -> None:
        self._set("out", value)

    @property
    def devices(self) -> int | None:
        """Number of devices serviced; only meaningful for per-device pay."""
        return cast("int | None", self._get("devices"))

    @devices.setter
    def devices(self, value: int | None) -> None:
        self._set("devices", value)

    @property
    def hours(self) -> float | None:
        """Hours between check-in and check-out (decimal, e.g. 1.9167)."""
        return cast("float | None", self._get("hours"))

    @hours.setter
    def hours(self, value: float | None) -> None:
        self._set("hours", value)

    @property
    def status(self) -> TimeLogStatus | None:
        return cast("TimeLogStatus | None", self._get("status"))

    @status.setter
    def status(self, value: TimeLogStatus | None) -> None:
        self._set("status", value)

    @property
    def verified(self) -> bool | None:
        """True once the buyer has verified (approved) the logged time."""
        return cast("bool | None", self._get("verified"))

    @verified.setter
    def verified(self, value: bool | None) -> None:
        self._set("verified", value)

    @property
    def was_late(self) -> bool | None:
        """True when the provider checked in after the scheduled start."""
        return cast("bool | None", self._get("was_late"))

    @was_late.setter
    def was_late(self, value: bool | None) -> None:
        self._set("was_late", value)

    @property
    def time_zone(self) -> TimeLogTimeZone | None:
        """Local time zone of the work order the time log belongs to."""
        return cast("TimeLogTimeZone | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: TimeLogTimeZone | None) -> None:
        self._set("time_zone", value)

    @property
    def logged_by(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("logged_by"))

    @logged_by.setter
    def logged_by(self, value: UserRef | None) -> None:
        self._set("logged_by", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


TimeLogDict: TypeAlias = "dict[str, Any]"
"""TimeLog as plain data (its JSON keys cannot all be Python names)."""

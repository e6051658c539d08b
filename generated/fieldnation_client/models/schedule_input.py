from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.schedule_input_schedule_option import ScheduleInputScheduleOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_time_zone_input import ScheduleTimeZoneInput, ScheduleTimeZoneInputDict
    from ..models.service_window_input import ServiceWindowInput, ServiceWindowInputDict


class ScheduleInput(_m.BaseModel):
    """Changes to a work order's schedule inside a work order body. Only the fields sent are changed.

    Example:
        {'service_window': {'mode': 'between', 'start': {'utc': '2026-07-01T14:00:00Z'}, 'end': {'utc':
            '2026-07-01T22:00:00Z'}}, 'schedule_note': 'Please arrive before noon if possible.'}

    Attributes:
        service_window (ServiceWindowInput | None): A service window as sent in requests. `start` is required for
            `exact`, `between` and `hours`; `end` for `between` and `hours`. Only `utc` is needed in each date object; the
            platform fills in local times from the location's time zone.
        schedule_note (str | None): Additional information about the schedule or site.
        schedule_option (ScheduleInputScheduleOption | None): For `hours` windows, 1 requires providers to commit to a
            hard start time.
        time_zone (ScheduleTimeZoneInput | None): Time zone of the service window. The playground types it like the
            schedule answer's `time_zone` ({id, name, short, offset}); send the `id` or the IANA `name`.
        require_ontime (bool | None): Require on-time arrival (hard start).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        service_window: ServiceWindowInput | Unset = UNSET,
        schedule_note: str | Unset = UNSET,
        schedule_option: ScheduleInputScheduleOption | Unset = UNSET,
        time_zone: ScheduleTimeZoneInput | Unset = UNSET,
        require_ontime: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("service_window", service_window)
        self._set("schedule_note", schedule_note)
        self._set("schedule_option", schedule_option)
        self._set("time_zone", time_zone)
        self._set("require_ontime", require_ontime)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.schedule_time_zone_input import ScheduleTimeZoneInput  # noqa: PLC0415
        from ..models.service_window_input import ServiceWindowInput  # noqa: PLC0415

        return {
            "service_window": _m.Field(_m.Model(ServiceWindowInput), False, False),
            "schedule_note": _m.Field(_m.STR, False, False),
            "schedule_option": _m.Field(_m.Enum(ScheduleInputScheduleOption), False, False),
            "time_zone": _m.Field(_m.Model(ScheduleTimeZoneInput), False, False),
            "require_ontime": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def service_window(self) -> ServiceWindowInput | None:
        """A service window as sent in requests. `start` is required for `exact`, `between` and `hours`; `end`
        for `between` and `hours`. Only `utc` is needed in each date object; the platform fills in local
        times from the location's time zone."""
        return cast("ServiceWindowInput | None", self._get("service_window"))

    @service_window.setter
    def service_window(self, value: ServiceWindowInput | None) -> None:
        self._set("service_window", value)

    @property
    def schedule_note(self) -> str | None:
        """Additional information about the schedule or site."""
        return cast("str | None", self._get("schedule_note"))

    @schedule_note.setter
    def schedule_note(self, value: str | None) -> None:
        self._set("schedule_note", value)

    @property
    def schedule_option(self) -> ScheduleInputScheduleOption | None:
        """For `hours` windows, 1 requires providers to commit to a hard start time."""
        return cast("ScheduleInputScheduleOption | None", self._get("schedule_option"))

    @schedule_option.setter
    def schedule_option(self, value: ScheduleInputScheduleOption | None) -> None:
        self._set("schedule_option", value)

    @property
    def time_zone(self) -> ScheduleTimeZoneInput | None:
        """Time zone of the service window. The playground types it like the schedule answer's `time_zone`
        ({id, name, short, offset}); send the `id` or the IANA `name`."""
        return cast("ScheduleTimeZoneInput | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: ScheduleTimeZoneInput | None) -> None:
        self._set("time_zone", value)

    @property
    def require_ontime(self) -> bool | None:
        """Require on-time arrival (hard start)."""
        return cast("bool | None", self._get("require_ontime"))

    @require_ontime.setter
    def require_ontime(self, value: bool | None) -> None:
        self._set("require_ontime", value)


class ScheduleInputDict(TypedDict, total=False):
    """:class:`ScheduleInput` as plain data (JSON keys); accepted wherever the model is sent."""

    service_window: ServiceWindowInput | ServiceWindowInputDict
    schedule_note: str
    schedule_option: ScheduleInputScheduleOption | int
    time_zone: ScheduleTimeZoneInput | ScheduleTimeZoneInputDict
    require_ontime: bool

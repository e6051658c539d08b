from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.schedule_schedule_option import ScheduleScheduleOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.schedule_time_zone import ScheduleTimeZone, ScheduleTimeZoneDict
    from ..models.service_window import ServiceWindow, ServiceWindowDict


class Schedule(_m.BaseModel):
    """The schedule of a work order, as embedded in it under `schedule`.

    Example:
        {'work_order_id': 1001, 'service_window': {'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local':
            {'date': '2026-07-01', 'time': '09:00:00'}}}, 'schedule_note': 'Loading dock opens at 8 AM; check in with
            security.', 'schedule_option': 0, 'time_zone': {'id': 5, 'name': 'America/Chicago', 'short': 'CDT', 'offset':
            -5}, 'status_id': 2, 'company_id': 501, 'today_tomorrow': ''}

    Attributes:
        work_order_id (int | None):
        service_window (ServiceWindow | None): When the provider is expected on site. `exact`: arrive at `start`.
            `between`: arrive any time from `start` to `end`. `hours`: work on the days from `start` to `end`, only between
            the start time and end time of each day.
        schedule_note (str | None): Extra information about the schedule or site access.
        schedule_option (ScheduleScheduleOption | None): For `hours` windows: 1 asks the provider to commit to a hard
            start time when requesting or accepting the work, 0 does not.
        time_zone (ScheduleTimeZone | str | None): The time zone object (playground), or its IANA name alone (schedule
            guide).
        provider_eta (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        status_id (int | None): Status id of the work order.
        company_id (int | None):
        today_tomorrow (str | None): `today` or `tomorrow` when the window starts soon, otherwise empty.
        correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_order_id: int | Unset = UNSET,
        service_window: ServiceWindow | Unset = UNSET,
        schedule_note: str | Unset = UNSET,
        schedule_option: ScheduleScheduleOption | Unset = UNSET,
        time_zone: ScheduleTimeZone | str | Unset = UNSET,
        provider_eta: DateObject | Unset = UNSET,
        status_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        today_tomorrow: str | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_id", work_order_id)
        self._set("service_window", service_window)
        self._set("schedule_note", schedule_note)
        self._set("schedule_option", schedule_option)
        self._set("time_zone", time_zone)
        self._set("provider_eta", provider_eta)
        self._set("status_id", status_id)
        self._set("company_id", company_id)
        self._set("today_tomorrow", today_tomorrow)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415
        from ..models.service_window import ServiceWindow  # noqa: PLC0415

        return {
            "work_order_id": _m.Field(_m.INT, False, False),
            "service_window": _m.Field(_m.Model(ServiceWindow), False, False),
            "schedule_note": _m.Field(_m.STR, False, False),
            "schedule_option": _m.Field(_m.Enum(ScheduleScheduleOption), False, False),
            "time_zone": _m.Field(_m.Union((_m.Model(ScheduleTimeZone), _m.STR)), False, False),
            "provider_eta": _m.Field(_m.Model(DateObject), False, False),
            "status_id": _m.Field(_m.INT, False, False),
            "company_id": _m.Field(_m.INT, False, False),
            "today_tomorrow": _m.Field(_m.STR, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_order_id(self) -> int | None:
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def service_window(self) -> ServiceWindow | None:
        """When the provider is expected on site. `exact`: arrive at `start`. `between`: arrive any time from
        `start` to `end`. `hours`: work on the days from `start` to `end`, only between the start time and
        end time of each day."""
        return cast("ServiceWindow | None", self._get("service_window"))

    @service_window.setter
    def service_window(self, value: ServiceWindow | None) -> None:
        self._set("service_window", value)

    @property
    def schedule_note(self) -> str | None:
        """Extra information about the schedule or site access."""
        return cast("str | None", self._get("schedule_note"))

    @schedule_note.setter
    def schedule_note(self, value: str | None) -> None:
        self._set("schedule_note", value)

    @property
    def schedule_option(self) -> ScheduleScheduleOption | None:
        """For `hours` windows: 1 asks the provider to commit to a hard start time when requesting or accepting
        the work, 0 does not."""
        return cast("ScheduleScheduleOption | None", self._get("schedule_option"))

    @schedule_option.setter
    def schedule_option(self, value: ScheduleScheduleOption | None) -> None:
        self._set("schedule_option", value)

    @property
    def time_zone(self) -> ScheduleTimeZone | str | None:
        """The time zone object (playground), or its IANA name alone (schedule guide)."""
        return cast("ScheduleTimeZone | str | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: ScheduleTimeZone | str | None) -> None:
        self._set("time_zone", value)

    @property
    def provider_eta(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("provider_eta"))

    @provider_eta.setter
    def provider_eta(self, value: DateObject | None) -> None:
        self._set("provider_eta", value)

    @property
    def status_id(self) -> int | None:
        """Status id of the work order."""
        return cast("int | None", self._get("status_id"))

    @status_id.setter
    def status_id(self, value: int | None) -> None:
        self._set("status_id", value)

    @property
    def company_id(self) -> int | None:
        return cast("int | None", self._get("company_id"))

    @company_id.setter
    def company_id(self, value: int | None) -> None:
        self._set("company_id", value)

    @property
    def today_tomorrow(self) -> str | None:
        """`today` or `tomorrow` when the window starts soon, otherwise empty."""
        return cast("str | None", self._get("today_tomorrow"))

    @today_tomorrow.setter
    def today_tomorrow(self, value: str | None) -> None:
        self._set("today_tomorrow", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class ScheduleDict(TypedDict, total=False):
    """:class:`Schedule` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_id: int
    service_window: ServiceWindow | ServiceWindowDict
    schedule_note: str
    schedule_option: ScheduleScheduleOption | int
    time_zone: ScheduleTimeZone | ScheduleTimeZoneDict | str
    provider_eta: DateObject | DateObjectDict
    status_id: int
    company_id: int
    today_tomorrow: str
    correlation_id: str

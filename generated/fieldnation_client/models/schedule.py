from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_schedule_option import ScheduleScheduleOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.schedule_time_zone import ScheduleTimeZone
    from ..models.service_window import ServiceWindow


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """The schedule of a work order, as embedded in it under `schedule`.

    Example:
        {'work_order_id': 1001, 'service_window': {'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local':
            {'date': '2026-07-01', 'time': '09:00:00'}}}, 'schedule_note': 'Loading dock opens at 8 AM; check in with
            security.', 'schedule_option': 0, 'time_zone': {'id': 5, 'name': 'America/Chicago', 'short': 'CDT', 'offset':
            -5}, 'status_id': 2, 'company_id': 501, 'today_tomorrow': ''}

    Attributes:
        work_order_id (int | Unset):
        service_window (ServiceWindow | Unset): When the provider is expected on site. `exact`: arrive at `start`.
            `between`: arrive any time from `start` to `end`. `hours`: work on the days from `start` to `end`, only between
            the start time and end time of each day. Example: {'mode': 'between', 'start': {'utc': '2026-07-01 14:00:00',
            'local': {'date': '2026-07-01', 'time': '09:00:00'}}, 'end': {'utc': '2026-07-01 22:00:00', 'local': {'date':
            '2026-07-01', 'time': '17:00:00'}}}.
        schedule_note (str | Unset): Extra information about the schedule or site access.
        schedule_option (ScheduleScheduleOption | Unset): For `hours` windows: 1 asks the provider to commit to a hard
            start time when requesting or accepting the work, 0 does not.
        time_zone (ScheduleTimeZone | str | Unset): The time zone object (playground), or its IANA name alone (schedule
            guide).
        provider_eta (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where
            known. Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        status_id (int | Unset): Status id of the work order.
        company_id (int | Unset):
        today_tomorrow (str | Unset): `today` or `tomorrow` when the window starts soon, otherwise empty.
        correlation_id (str | Unset):
    """

    work_order_id: int | Unset = UNSET
    service_window: ServiceWindow | Unset = UNSET
    schedule_note: str | Unset = UNSET
    schedule_option: ScheduleScheduleOption | Unset = UNSET
    time_zone: ScheduleTimeZone | str | Unset = UNSET
    provider_eta: DateObject | Unset = UNSET
    status_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    today_tomorrow: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415

        work_order_id = self.work_order_id

        service_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_window, Unset):
            service_window = self.service_window.to_dict()

        schedule_note = self.schedule_note

        schedule_option: int | Unset = UNSET
        if not isinstance(self.schedule_option, Unset):
            schedule_option = self.schedule_option.value

        time_zone: dict[str, Any] | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        elif isinstance(self.time_zone, ScheduleTimeZone):
            time_zone = self.time_zone.to_dict()
        else:
            time_zone = self.time_zone

        provider_eta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_eta, Unset):
            provider_eta = self.provider_eta.to_dict()

        status_id = self.status_id

        company_id = self.company_id

        today_tomorrow = self.today_tomorrow

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if service_window is not UNSET:
            field_dict["service_window"] = service_window
        if schedule_note is not UNSET:
            field_dict["schedule_note"] = schedule_note
        if schedule_option is not UNSET:
            field_dict["schedule_option"] = schedule_option
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if provider_eta is not UNSET:
            field_dict["provider_eta"] = provider_eta
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if today_tomorrow is not UNSET:
            field_dict["today_tomorrow"] = today_tomorrow
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415
        from ..models.service_window import ServiceWindow  # noqa: PLC0415

        d = dict(src_dict)
        work_order_id = d.pop("work_order_id", UNSET)

        _service_window = d.pop("service_window", UNSET)
        service_window: ServiceWindow | Unset
        if isinstance(_service_window, Unset):
            service_window = UNSET
        else:
            service_window = ServiceWindow.from_dict(_service_window)

        schedule_note = d.pop("schedule_note", UNSET)

        _schedule_option = d.pop("schedule_option", UNSET)
        schedule_option: ScheduleScheduleOption | Unset
        if isinstance(_schedule_option, Unset):
            schedule_option = UNSET
        else:
            schedule_option = ScheduleScheduleOption(_schedule_option)

        def _parse_time_zone(data: object) -> ScheduleTimeZone | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_0 = ScheduleTimeZone.from_dict(data)

                return time_zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ScheduleTimeZone | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))

        _provider_eta = d.pop("provider_eta", UNSET)
        provider_eta: DateObject | Unset
        if isinstance(_provider_eta, Unset):
            provider_eta = UNSET
        else:
            provider_eta = DateObject.from_dict(_provider_eta)

        status_id = d.pop("status_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        today_tomorrow = d.pop("today_tomorrow", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        schedule = cls(
            work_order_id=work_order_id,
            service_window=service_window,
            schedule_note=schedule_note,
            schedule_option=schedule_option,
            time_zone=time_zone,
            provider_eta=provider_eta,
            status_id=status_id,
            company_id=company_id,
            today_tomorrow=today_tomorrow,
            correlation_id=correlation_id,
        )

        schedule.additional_properties = d
        return schedule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

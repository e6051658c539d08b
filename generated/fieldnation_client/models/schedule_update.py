from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_update_schedule_option import ScheduleUpdateScheduleOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_time_zone_input import ScheduleTimeZoneInput
    from ..models.service_window_input import ServiceWindowInput


T = TypeVar("T", bound="ScheduleUpdate")


@_attrs_define
class ScheduleUpdate:
    """Body of `PUT /workorders/{work_order_id}/schedule` (playground "work order schedule pay model"): the service window,
    required, plus optional note, schedule option, time zone and hard start.

        Example:
            {'service_window': {'mode': 'between', 'start': {'utc': '2025-01-01T09:00:00Z', 'local': {'date': '2025-01-01',
                'time': '09:00:00'}}, 'end': {'utc': '2025-01-01T17:00:00Z', 'local': {'date': '2025-01-01', 'time':
                '17:00:00'}}}, 'schedule_note': 'Please arrive on time.'}

        Attributes:
            service_window (ServiceWindowInput): A service window as sent in requests. `start` is required for `exact`,
                `between` and `hours`; `end` for `between` and `hours`. Only `utc` is needed in each date object; the platform
                fills in local times from the location's time zone. Example: {'mode': 'exact', 'start': {'utc':
                '2026-07-01T14:00:00Z'}}.
            schedule_note (str | Unset): Additional information about the schedule or site.
            schedule_option (ScheduleUpdateScheduleOption | Unset): For `hours` windows, 1 requires providers to commit to a
                hard start time.
            time_zone (ScheduleTimeZoneInput | Unset): Time zone of the service window. The playground types it like the
                schedule answer's `time_zone` ({id, name, short, offset}); send the `id` or the IANA `name`. Example: {'name':
                'America/Chicago'}.
            require_ontime (bool | Unset): Require on-time arrival (hard start).
    """

    service_window: ServiceWindowInput
    schedule_note: str | Unset = UNSET
    schedule_option: ScheduleUpdateScheduleOption | Unset = UNSET
    time_zone: ScheduleTimeZoneInput | Unset = UNSET
    require_ontime: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_window = self.service_window.to_dict()

        schedule_note = self.schedule_note

        schedule_option: int | Unset = UNSET
        if not isinstance(self.schedule_option, Unset):
            schedule_option = self.schedule_option.value

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        require_ontime = self.require_ontime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"service_window": service_window})
        if schedule_note is not UNSET:
            field_dict["schedule_note"] = schedule_note
        if schedule_option is not UNSET:
            field_dict["schedule_option"] = schedule_option
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if require_ontime is not UNSET:
            field_dict["require_ontime"] = require_ontime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_time_zone_input import ScheduleTimeZoneInput  # noqa: PLC0415
        from ..models.service_window_input import ServiceWindowInput  # noqa: PLC0415

        d = dict(src_dict)
        service_window = ServiceWindowInput.from_dict(d.pop("service_window"))

        schedule_note = d.pop("schedule_note", UNSET)

        _schedule_option = d.pop("schedule_option", UNSET)
        schedule_option: ScheduleUpdateScheduleOption | Unset
        if isinstance(_schedule_option, Unset):
            schedule_option = UNSET
        else:
            schedule_option = ScheduleUpdateScheduleOption(_schedule_option)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: ScheduleTimeZoneInput | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = ScheduleTimeZoneInput.from_dict(_time_zone)

        require_ontime = d.pop("require_ontime", UNSET)

        schedule_update = cls(
            service_window=service_window,
            schedule_note=schedule_note,
            schedule_option=schedule_option,
            time_zone=time_zone,
            require_ontime=require_ontime,
        )

        schedule_update.additional_properties = d
        return schedule_update

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

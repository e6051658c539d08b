from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_input_schedule_option import ScheduleInputScheduleOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_window_input import ServiceWindowInput


T = TypeVar("T", bound="ScheduleInput")


@_attrs_define
class ScheduleInput:
    """Changes to a work order's schedule. Only the fields sent are changed.

    Example:
        {'service_window': {'mode': 'between', 'start': {'utc': '2026-07-01T14:00:00Z'}, 'end': {'utc':
            '2026-07-01T22:00:00Z'}}, 'schedule_note': 'Please arrive before noon if possible.'}

    Attributes:
        service_window (ServiceWindowInput | Unset): A service window as sent in requests. `start` is required for
            `exact`, `between` and `hours`; `end` for `between` and `hours`. Only `utc` is needed in each date object; the
            platform fills in local times from the location's time zone. Example: {'mode': 'exact', 'start': {'utc':
            '2026-07-01T14:00:00Z'}}.
        schedule_note (str | Unset):
        schedule_option (ScheduleInputScheduleOption | Unset):
    """

    service_window: ServiceWindowInput | Unset = UNSET
    schedule_note: str | Unset = UNSET
    schedule_option: ScheduleInputScheduleOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_window, Unset):
            service_window = self.service_window.to_dict()

        schedule_note = self.schedule_note

        schedule_option: int | Unset = UNSET
        if not isinstance(self.schedule_option, Unset):
            schedule_option = self.schedule_option.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_window is not UNSET:
            field_dict["service_window"] = service_window
        if schedule_note is not UNSET:
            field_dict["schedule_note"] = schedule_note
        if schedule_option is not UNSET:
            field_dict["schedule_option"] = schedule_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_window_input import ServiceWindowInput  # noqa: PLC0415

        d = dict(src_dict)
        _service_window = d.pop("service_window", UNSET)
        service_window: ServiceWindowInput | Unset
        if isinstance(_service_window, Unset):
            service_window = UNSET
        else:
            service_window = ServiceWindowInput.from_dict(_service_window)

        schedule_note = d.pop("schedule_note", UNSET)

        _schedule_option = d.pop("schedule_option", UNSET)
        schedule_option: ScheduleInputScheduleOption | Unset
        if isinstance(_schedule_option, Unset):
            schedule_option = UNSET
        else:
            schedule_option = ScheduleInputScheduleOption(_schedule_option)

        schedule_input = cls(
            service_window=service_window, schedule_note=schedule_note, schedule_option=schedule_option
        )

        schedule_input.additional_properties = d
        return schedule_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_window_input_mode import ServiceWindowInputMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="ServiceWindowInput")


@_attrs_define
class ServiceWindowInput:
    """A service window as sent in requests. `start` is required for `exact`, `between` and `hours`; `end` for `between`
    and `hours`. Only `utc` is needed in each date object; the platform fills in local times from the location's time
    zone.

        Example:
            {'mode': 'exact', 'start': {'utc': '2026-07-01T14:00:00Z'}}

        Attributes:
            mode (ServiceWindowInputMode | Unset):
            start (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            end (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    mode: ServiceWindowInputMode | Unset = UNSET
    start: DateObject | Unset = UNSET
    end: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ServiceWindowInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ServiceWindowInputMode(_mode)

        _start = d.pop("start", UNSET)
        start: DateObject | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = DateObject.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: DateObject | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = DateObject.from_dict(_end)

        service_window_input = cls(mode=mode, start=start, end=end)

        service_window_input.additional_properties = d
        return service_window_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleTimeZoneInput")


@_attrs_define
class ScheduleTimeZoneInput:
    """Time zone of the service window. The playground types it like the schedule answer's `time_zone` ({id, name, short,
    offset}); send the `id` or the IANA `name`.

        Example:
            {'name': 'America/Chicago'}

        Attributes:
            id (int | Unset):
            name (str | Unset): IANA name, for example `America/Chicago`.
            short (str | Unset):
            offset (float | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    short: str | Unset = UNSET
    offset: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short = self.short

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if short is not UNSET:
            field_dict["short"] = short
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        short = d.pop("short", UNSET)

        offset = d.pop("offset", UNSET)

        schedule_time_zone_input = cls(id=id, name=name, short=short, offset=offset)

        schedule_time_zone_input.additional_properties = d
        return schedule_time_zone_input

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

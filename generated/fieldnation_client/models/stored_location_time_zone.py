from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoredLocationTimeZone")


@_attrs_define
class StoredLocationTimeZone:
    """Time zone of a saved location.

    Example:
        {'id': 7, 'name': 'America/Phoenix', 'short': 'MST', 'offset': -7}

    Attributes:
        id (int | Unset):
        name (str | Unset): IANA name.
        short (str | Unset): Abbreviation.
        offset (float | str | Unset): Offset from UTC in hours (the old reference example writes it as a string).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    short: str | Unset = UNSET
    offset: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short = self.short

        offset: float | str | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
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

        def _parse_offset(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        stored_location_time_zone = cls(id=id, name=name, short=short, offset=offset)

        stored_location_time_zone.additional_properties = d
        return stored_location_time_zone

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

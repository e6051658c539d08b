from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemResolutionTime")


@_attrs_define
class ProblemResolutionTime:
    """When a problem was resolved (a flat timestamp object with utc, date and time).

    Example:
        {'utc': '2026-07-01 16:30:00', 'date': '2026-07-01', 'time': '11:30:00'}

    Attributes:
        utc (str | Unset): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO
            8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.
        date (datetime.date | Unset):
        time (str | Unset):
    """

    utc: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utc = self.utc

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utc is not UNSET:
            field_dict["utc"] = utc
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        utc = d.pop("utc", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        time = d.pop("time", UNSET)

        problem_resolution_time = cls(utc=utc, date=date, time=time)

        problem_resolution_time.additional_properties = d
        return problem_resolution_time

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object_local import DateObjectLocal


T = TypeVar("T", bound="DateObject")


@_attrs_define
class DateObject:
    """Field Nation's timestamp object, UTC plus the local date and time where known.

    Example:
        {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}

    Attributes:
        utc (str): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
            (`2026-02-01T17:00:00Z`). Both are accepted on input.
        local (DateObjectLocal | Unset):
    """

    utc: str
    local: DateObjectLocal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utc = self.utc

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"utc": utc})
        if local is not UNSET:
            field_dict["local"] = local

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object_local import DateObjectLocal  # noqa: PLC0415

        d = dict(src_dict)
        utc = d.pop("utc")

        _local = d.pop("local", UNSET)
        local: DateObjectLocal | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = DateObjectLocal.from_dict(_local)

        date_object = cls(utc=utc, local=local)

        date_object.additional_properties = d
        return date_object

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

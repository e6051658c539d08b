from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eta_status_name import EtaStatusName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="EtaStatus")


@_attrs_define
class EtaStatus:
    """Where the provider stands on the way to the site, and when that last changed.

    Example:
        {'name': 'confirmed', 'updated': {'utc': '2026-06-30 18:00:00'}}

    Attributes:
        name (EtaStatusName | Unset):
        updated (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    name: EtaStatusName | Unset = UNSET
    updated: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: EtaStatusName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = EtaStatusName(_name)

        _updated = d.pop("updated", UNSET)
        updated: DateObject | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = DateObject.from_dict(_updated)

        eta_status = cls(name=name, updated=updated)

        eta_status.additional_properties = d
        return eta_status

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

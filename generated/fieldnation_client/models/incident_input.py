from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IncidentInput")


@_attrs_define
class IncidentInput:
    """Body of `PUT /workorders/{work_order_id}/incident`.

    Example:
        {'incident_id': 'INC-2025-001'}

    Attributes:
        incident_id (int | str): Your identifier of the incident or site the work order belongs to.
    """

    incident_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incident_id: int | str
        incident_id = self.incident_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"incident_id": incident_id})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_incident_id(data: object) -> int | str:
            return cast(int | str, data)

        incident_id = _parse_incident_id(d.pop("incident_id"))

        incident_input = cls(incident_id=incident_id)

        incident_input.additional_properties = d
        return incident_input

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

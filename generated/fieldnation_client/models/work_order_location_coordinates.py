from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderLocationCoordinates")


@_attrs_define
class WorkOrderLocationCoordinates:
    """Geographic position of the location.

    Example:
        {'latitude': 44.9778, 'longitude': -93.265, 'exact': True}

    Attributes:
        latitude (float | Unset):
        longitude (float | Unset):
        exact (bool | Unset): Whether the position was geocoded from the exact address (false when approximated).
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    exact: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        exact = self.exact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if exact is not UNSET:
            field_dict["exact"] = exact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        exact = d.pop("exact", UNSET)

        work_order_location_coordinates = cls(latitude=latitude, longitude=longitude, exact=exact)

        work_order_location_coordinates.additional_properties = d
        return work_order_location_coordinates

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

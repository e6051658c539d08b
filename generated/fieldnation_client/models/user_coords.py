from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCoords")


@_attrs_define
class UserCoords:
    """Geographic position of a user's address.

    Example:
        {'latitude': 44.9778, 'longitude': -93.265, 'exact': True}

    Attributes:
        latitude (float | Unset):
        longitude (float | Unset):
        exact (bool | Unset): Whether the position is the exact address (not a postal-code centroid).
        distance (float | Unset): Distance from the point of interest of the request, when one applies.
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    exact: bool | Unset = UNSET
    distance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        exact = self.exact

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if exact is not UNSET:
            field_dict["exact"] = exact
        if distance is not UNSET:
            field_dict["distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        exact = d.pop("exact", UNSET)

        distance = d.pop("distance", UNSET)

        user_coords = cls(latitude=latitude, longitude=longitude, exact=exact, distance=distance)

        user_coords.additional_properties = d
        return user_coords

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

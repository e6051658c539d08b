from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eta_condition_status import EtaConditionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.eta_condition_coords import EtaConditionCoords


T = TypeVar("T", bound="EtaCondition")


@_attrs_define
class EtaCondition:
    """Live condition of the provider before check-in: whether they are on schedule or running late, the expected delay,
    drive time, distance and last known position.

        Example:
            {'status': 'delayed', 'estimated_delay': 900, 'drive_time': 1500, 'distance': 12.4, 'coords': {'latitude':
                44.9778, 'longitude': -93.265}, 'created': {'utc': '2026-07-01 13:40:00'}}

        Attributes:
            status (EtaConditionStatus | Unset):
            estimated_delay (int | Unset): Expected delay in seconds.
            drive_time (int | Unset): Drive time in seconds.
            distance (float | Unset): Distance to the site in miles.
            coords (EtaConditionCoords | Unset):
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    status: EtaConditionStatus | Unset = UNSET
    estimated_delay: int | Unset = UNSET
    drive_time: int | Unset = UNSET
    distance: float | Unset = UNSET
    coords: EtaConditionCoords | Unset = UNSET
    created: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        estimated_delay = self.estimated_delay

        drive_time = self.drive_time

        distance = self.distance

        coords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coords, Unset):
            coords = self.coords.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if estimated_delay is not UNSET:
            field_dict["estimated_delay"] = estimated_delay
        if drive_time is not UNSET:
            field_dict["drive_time"] = drive_time
        if distance is not UNSET:
            field_dict["distance"] = distance
        if coords is not UNSET:
            field_dict["coords"] = coords
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta_condition_coords import EtaConditionCoords  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: EtaConditionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EtaConditionStatus(_status)

        estimated_delay = d.pop("estimated_delay", UNSET)

        drive_time = d.pop("drive_time", UNSET)

        distance = d.pop("distance", UNSET)

        _coords = d.pop("coords", UNSET)
        coords: EtaConditionCoords | Unset
        if isinstance(_coords, Unset):
            coords = UNSET
        else:
            coords = EtaConditionCoords.from_dict(_coords)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        eta_condition = cls(
            status=status,
            estimated_delay=estimated_delay,
            drive_time=drive_time,
            distance=distance,
            coords=coords,
            created=created,
        )

        eta_condition.additional_properties = d
        return eta_condition

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

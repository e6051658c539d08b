from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.time_log_coords import TimeLogCoords
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="TimeLogCheckpoint")


@_attrs_define
class TimeLogCheckpoint:
    """One end of a time log: when the provider checked in (`in`) or out (`out`), where, and whether the position was close
    enough to the site to count as verified.

        Example:
            {'created': {'utc': '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time': '09:05:00'}}, 'coords':
                {'latitude': 44.8963, 'longitude': -93.2682}, 'distance': 0.1, 'verified': True}

        Attributes:
            created (DateObject): Field Nation's timestamp object, UTC plus the local date and time where known. Example:
                {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            actor (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            coords (TimeLogCoords | Unset): GPS position recorded with a check-in or check-out. Example: {'latitude':
                44.8963, 'longitude': -93.2682}.
            distance (float | Unset): Distance in miles between the recorded position and the work order location.
            distance_from_check_in (float | Unset): For a check-out, distance in miles from where the provider checked in.
            verified (bool | Unset): True when the position was verified against the work order location.
            requires_verification (bool | Unset):
            actions (list[str] | Unset): What the caller may do with this checkpoint.
    """

    created: DateObject
    actor: UserRef | Unset = UNSET
    coords: TimeLogCoords | Unset = UNSET
    distance: float | Unset = UNSET
    distance_from_check_in: float | Unset = UNSET
    verified: bool | Unset = UNSET
    requires_verification: bool | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.to_dict()

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        coords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coords, Unset):
            coords = self.coords.to_dict()

        distance = self.distance

        distance_from_check_in = self.distance_from_check_in

        verified = self.verified

        requires_verification = self.requires_verification

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"created": created})
        if actor is not UNSET:
            field_dict["actor"] = actor
        if coords is not UNSET:
            field_dict["coords"] = coords
        if distance is not UNSET:
            field_dict["distance"] = distance
        if distance_from_check_in is not UNSET:
            field_dict["distance_from_check_in"] = distance_from_check_in
        if verified is not UNSET:
            field_dict["verified"] = verified
        if requires_verification is not UNSET:
            field_dict["requires_verification"] = requires_verification
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.time_log_coords import TimeLogCoords  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        created = DateObject.from_dict(d.pop("created"))

        _actor = d.pop("actor", UNSET)
        actor: UserRef | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = UserRef.from_dict(_actor)

        _coords = d.pop("coords", UNSET)
        coords: TimeLogCoords | Unset
        if isinstance(_coords, Unset):
            coords = UNSET
        else:
            coords = TimeLogCoords.from_dict(_coords)

        distance = d.pop("distance", UNSET)

        distance_from_check_in = d.pop("distance_from_check_in", UNSET)

        verified = d.pop("verified", UNSET)

        requires_verification = d.pop("requires_verification", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        time_log_checkpoint = cls(
            created=created,
            actor=actor,
            coords=coords,
            distance=distance,
            distance_from_check_in=distance_from_check_in,
            verified=verified,
            requires_verification=requires_verification,
            actions=actions,
        )

        time_log_checkpoint.additional_properties = d
        return time_log_checkpoint

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

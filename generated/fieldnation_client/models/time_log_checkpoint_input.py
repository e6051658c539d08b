from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.time_log_checkpoint_input_local import TimeLogCheckpointInputLocal
    from ..models.time_log_coords import TimeLogCoords


T = TypeVar("T", bound="TimeLogCheckpointInput")


@_attrs_define
class TimeLogCheckpointInput:
    """A check-in or check-out time sent by the client. The playground sends `{"created": {"utc": ..., "local": {...}}}`;
    the narrative guide sends the date object directly (`{"utc": ...}`). Both are accepted; send exactly one of
    `created` or `utc`.

        Example:
            {'created': {'utc': '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}

        Attributes:
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            utc (str | Unset): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO
                8601 (`2026-02-01T17:00:00Z`). Both are accepted on input.
            local (TimeLogCheckpointInputLocal | Unset):
            coords (TimeLogCoords | Unset): GPS position recorded with a check-in or check-out. Example: {'latitude':
                44.8963, 'longitude': -93.2682}.
    """

    created: DateObject | Unset = UNSET
    utc: str | Unset = UNSET
    local: TimeLogCheckpointInputLocal | Unset = UNSET
    coords: TimeLogCoords | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        utc = self.utc

        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        coords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coords, Unset):
            coords = self.coords.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if utc is not UNSET:
            field_dict["utc"] = utc
        if local is not UNSET:
            field_dict["local"] = local
        if coords is not UNSET:
            field_dict["coords"] = coords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.time_log_checkpoint_input_local import TimeLogCheckpointInputLocal  # noqa: PLC0415
        from ..models.time_log_coords import TimeLogCoords  # noqa: PLC0415

        d = dict(src_dict)
        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        utc = d.pop("utc", UNSET)

        _local = d.pop("local", UNSET)
        local: TimeLogCheckpointInputLocal | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = TimeLogCheckpointInputLocal.from_dict(_local)

        _coords = d.pop("coords", UNSET)
        coords: TimeLogCoords | Unset
        if isinstance(_coords, Unset):
            coords = UNSET
        else:
            coords = TimeLogCoords.from_dict(_coords)

        time_log_checkpoint_input = cls(created=created, utc=utc, local=local, coords=coords)

        time_log_checkpoint_input.additional_properties = d
        return time_log_checkpoint_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_log_status import TimeLogStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_log_checkpoint import TimeLogCheckpoint
    from ..models.time_log_time_zone import TimeLogTimeZone
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="TimeLog")


@_attrs_define
class TimeLog:
    """A check-in / check-out pair recorded against a work order, with the hours between them. `out` is missing (or null)
    while the provider is still checked in.

        Example:
            {'id': 5050, 'in': {'created': {'utc': '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time':
                '09:05:00'}}, 'coords': {'latitude': 44.8963, 'longitude': -93.2682}, 'verified': True}, 'out': {'created':
                {'utc': '2026-07-01 16:35:00', 'local': {'date': '2026-07-01', 'time': '11:35:00'}}, 'verified': True}, 'hours':
                2.5, 'status': 'checked_out', 'verified': False, 'was_late': False, 'logged_by': {'id': 9001, 'first_name':
                'Riley', 'last_name': 'Okafor'}, 'actions': ['edit', 'delete']}

        Attributes:
            id (int): Time log ID; the `workorder_hours_id` path parameter of the single-log operations.
            in_ (TimeLogCheckpoint | Unset): One end of a time log: when the provider checked in (`in`) or out (`out`),
                where, and whether the position was close enough to the site to count as verified. Example: {'created': {'utc':
                '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time': '09:05:00'}}, 'coords': {'latitude': 44.8963,
                'longitude': -93.2682}, 'distance': 0.1, 'verified': True}.
            out (None | TimeLogCheckpoint | Unset):
            devices (int | Unset): Number of devices serviced; only meaningful for per-device pay.
            hours (float | Unset): Hours between check-in and check-out (decimal, e.g. 1.9167).
            status (TimeLogStatus | Unset):
            verified (bool | Unset): True once the buyer has verified (approved) the logged time.
            was_late (bool | Unset): True when the provider checked in after the scheduled start.
            time_zone (TimeLogTimeZone | Unset): Local time zone of the work order the time log belongs to. Example: {'id':
                4, 'name': 'America/Chicago', 'short': 'CDT', 'offset': -5}.
            logged_by (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id':
                7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
            actions (list[str] | Unset):
    """

    id: int
    in_: TimeLogCheckpoint | Unset = UNSET
    out: None | TimeLogCheckpoint | Unset = UNSET
    devices: int | Unset = UNSET
    hours: float | Unset = UNSET
    status: TimeLogStatus | Unset = UNSET
    verified: bool | Unset = UNSET
    was_late: bool | Unset = UNSET
    time_zone: TimeLogTimeZone | Unset = UNSET
    logged_by: UserRef | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.time_log_checkpoint import TimeLogCheckpoint  # noqa: PLC0415

        id = self.id

        in_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_.to_dict()

        out: dict[str, Any] | None | Unset
        if isinstance(self.out, Unset):
            out = UNSET
        elif isinstance(self.out, TimeLogCheckpoint):
            out = self.out.to_dict()
        else:
            out = self.out

        devices = self.devices

        hours = self.hours

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        verified = self.verified

        was_late = self.was_late

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        logged_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logged_by, Unset):
            logged_by = self.logged_by.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if in_ is not UNSET:
            field_dict["in"] = in_
        if out is not UNSET:
            field_dict["out"] = out
        if devices is not UNSET:
            field_dict["devices"] = devices
        if hours is not UNSET:
            field_dict["hours"] = hours
        if status is not UNSET:
            field_dict["status"] = status
        if verified is not UNSET:
            field_dict["verified"] = verified
        if was_late is not UNSET:
            field_dict["was_late"] = was_late
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if logged_by is not UNSET:
            field_dict["logged_by"] = logged_by
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_log_checkpoint import TimeLogCheckpoint  # noqa: PLC0415
        from ..models.time_log_time_zone import TimeLogTimeZone  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _in_ = d.pop("in", UNSET)
        in_: TimeLogCheckpoint | Unset
        if isinstance(_in_, Unset):
            in_ = UNSET
        else:
            in_ = TimeLogCheckpoint.from_dict(_in_)

        def _parse_out(data: object) -> None | TimeLogCheckpoint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                out_type_0 = TimeLogCheckpoint.from_dict(data)

                return out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeLogCheckpoint | Unset, data)

        out = _parse_out(d.pop("out", UNSET))

        devices = d.pop("devices", UNSET)

        hours = d.pop("hours", UNSET)

        _status = d.pop("status", UNSET)
        status: TimeLogStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TimeLogStatus(_status)

        verified = d.pop("verified", UNSET)

        was_late = d.pop("was_late", UNSET)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: TimeLogTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = TimeLogTimeZone.from_dict(_time_zone)

        _logged_by = d.pop("logged_by", UNSET)
        logged_by: UserRef | Unset
        if isinstance(_logged_by, Unset):
            logged_by = UNSET
        else:
            logged_by = UserRef.from_dict(_logged_by)

        actions = cast(list[str], d.pop("actions", UNSET))

        time_log = cls(
            id=id,
            in_=in_,
            out=out,
            devices=devices,
            hours=hours,
            status=status,
            verified=verified,
            was_late=was_late,
            time_zone=time_zone,
            logged_by=logged_by,
            actions=actions,
        )

        time_log.additional_properties = d
        return time_log

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

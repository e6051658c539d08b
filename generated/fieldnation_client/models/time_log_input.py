from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.time_log_checkpoint_input import TimeLogCheckpointInput


T = TypeVar("T", bound="TimeLogInput")


@_attrs_define
class TimeLogInput:
    """A new or changed time log. Send `in` (and `out` once the work is done); for per-device pay add `devices`. The
    guide's `start` / `end` / `user_id` spelling is accepted as an alternative to `in` / `out`.

        Example:
            {'in': {'created': {'utc': '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}, 'out':
                {'created': {'utc': '2026-07-01T16:30:00Z', 'local': {'date': '2026-07-01', 'time': '11:30:00'}}}}

        Attributes:
            in_ (TimeLogCheckpointInput | Unset): A check-in or check-out time sent by the client. The playground sends
                `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
                ...}`). Both are accepted; send exactly one of `created` or `utc`. Example: {'created': {'utc':
                '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}.
            out (TimeLogCheckpointInput | Unset): A check-in or check-out time sent by the client. The playground sends
                `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
                ...}`). Both are accepted; send exactly one of `created` or `utc`. Example: {'created': {'utc':
                '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}.
            devices (int | Unset):
            hours (float | Unset): Hours to record when no check-out time is given.
            user_id (int | Unset): Guide spelling; provider the time is logged for (defaults to the assignee).
            start (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            end (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    in_: TimeLogCheckpointInput | Unset = UNSET
    out: TimeLogCheckpointInput | Unset = UNSET
    devices: int | Unset = UNSET
    hours: float | Unset = UNSET
    user_id: int | Unset = UNSET
    start: DateObject | Unset = UNSET
    end: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_.to_dict()

        out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.out, Unset):
            out = self.out.to_dict()

        devices = self.devices

        hours = self.hours

        user_id = self.user_id

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_ is not UNSET:
            field_dict["in"] = in_
        if out is not UNSET:
            field_dict["out"] = out
        if devices is not UNSET:
            field_dict["devices"] = devices
        if hours is not UNSET:
            field_dict["hours"] = hours
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.time_log_checkpoint_input import TimeLogCheckpointInput  # noqa: PLC0415

        d = dict(src_dict)
        _in_ = d.pop("in", UNSET)
        in_: TimeLogCheckpointInput | Unset
        if isinstance(_in_, Unset):
            in_ = UNSET
        else:
            in_ = TimeLogCheckpointInput.from_dict(_in_)

        _out = d.pop("out", UNSET)
        out: TimeLogCheckpointInput | Unset
        if isinstance(_out, Unset):
            out = UNSET
        else:
            out = TimeLogCheckpointInput.from_dict(_out)

        devices = d.pop("devices", UNSET)

        hours = d.pop("hours", UNSET)

        user_id = d.pop("user_id", UNSET)

        _start = d.pop("start", UNSET)
        start: DateObject | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = DateObject.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: DateObject | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = DateObject.from_dict(_end)

        time_log_input = cls(
            in_=in_, out=out, devices=devices, hours=hours, user_id=user_id, start=start, end=end
        )

        time_log_input.additional_properties = d
        return time_log_input

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

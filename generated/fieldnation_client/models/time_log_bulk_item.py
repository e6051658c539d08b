from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_log_checkpoint_input import TimeLogCheckpointInput


T = TypeVar("T", bound="TimeLogBulkItem")


@_attrs_define
class TimeLogBulkItem:
    """One entry of a bulk time-log update; `id` names the log to change.

    Example:
        {'id': 5050, 'in': {'created': {'utc': '2026-07-01T14:05:00Z', 'local': {'date': '2026-07-01', 'time':
            '09:05:00'}}}}

    Attributes:
        id (int):
        in_ (TimeLogCheckpointInput | Unset): A check-in or check-out time sent by the client. The playground sends
            `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
            ...}`). Both are accepted; send exactly one of `created` or `utc`. Example: {'created': {'utc':
            '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}.
        out (TimeLogCheckpointInput | Unset): A check-in or check-out time sent by the client. The playground sends
            `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date object directly (`{"utc":
            ...}`). Both are accepted; send exactly one of `created` or `utc`. Example: {'created': {'utc':
            '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}.
        devices (int | Unset):
        hours (float | Unset):
    """

    id: int
    in_: TimeLogCheckpointInput | Unset = UNSET
    out: TimeLogCheckpointInput | Unset = UNSET
    devices: int | Unset = UNSET
    hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        in_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_.to_dict()

        out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.out, Unset):
            out = self.out.to_dict()

        devices = self.devices

        hours = self.hours

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_log_checkpoint_input import TimeLogCheckpointInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        time_log_bulk_item = cls(id=id, in_=in_, out=out, devices=devices, hours=hours)

        time_log_bulk_item.additional_properties = d
        return time_log_bulk_item

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

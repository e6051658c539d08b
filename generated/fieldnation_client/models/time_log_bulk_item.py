from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_log_checkpoint_input_type_0 import TimeLogCheckpointInputType0
    from ..models.time_log_checkpoint_input_type_1 import TimeLogCheckpointInputType1


T = TypeVar("T", bound="TimeLogBulkItem")


@_attrs_define
class TimeLogBulkItem:
    """One entry of a bulk time-log update; `id` names the log to change.

    Example:
        {'id': 5050, 'in': {'created': {'utc': '2026-07-01T14:05:00Z', 'local': {'date': '2026-07-01', 'time':
            '09:05:00'}}}}

    Attributes:
        id (int):
        in_ (TimeLogCheckpointInputType0 | TimeLogCheckpointInputType1 | Unset): A check-in or check-out time sent by
            the client. The playground sends `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date
            object directly (`{"utc": ...}`). Both are accepted; send exactly one of `created` or `utc`. Example:
            {'created': {'utc': '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}.
        out (TimeLogCheckpointInputType0 | TimeLogCheckpointInputType1 | Unset): A check-in or check-out time sent by
            the client. The playground sends `{"created": {"utc": ..., "local": {...}}}`; the narrative guide sends the date
            object directly (`{"utc": ...}`). Both are accepted; send exactly one of `created` or `utc`. Example:
            {'created': {'utc': '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}.
        devices (int | Unset):
        hours (float | Unset):
    """

    id: int
    in_: TimeLogCheckpointInputType0 | TimeLogCheckpointInputType1 | Unset = UNSET
    out: TimeLogCheckpointInputType0 | TimeLogCheckpointInputType1 | Unset = UNSET
    devices: int | Unset = UNSET
    hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.time_log_checkpoint_input_type_0 import TimeLogCheckpointInputType0  # noqa: PLC0415

        id = self.id

        in_: dict[str, Any] | Unset
        if isinstance(self.in_, Unset):
            in_ = UNSET
        elif isinstance(self.in_, TimeLogCheckpointInputType0):
            in_ = self.in_.to_dict()
        else:
            in_ = self.in_.to_dict()

        out: dict[str, Any] | Unset
        if isinstance(self.out, Unset):
            out = UNSET
        elif isinstance(self.out, TimeLogCheckpointInputType0):
            out = self.out.to_dict()
        else:
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
        from ..models.time_log_checkpoint_input_type_0 import TimeLogCheckpointInputType0  # noqa: PLC0415
        from ..models.time_log_checkpoint_input_type_1 import TimeLogCheckpointInputType1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_in_(data: object) -> TimeLogCheckpointInputType0 | TimeLogCheckpointInputType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_time_log_checkpoint_input_type_0 = TimeLogCheckpointInputType0.from_dict(
                    data
                )

                return componentsschemas_time_log_checkpoint_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_time_log_checkpoint_input_type_1 = TimeLogCheckpointInputType1.from_dict(data)

            return componentsschemas_time_log_checkpoint_input_type_1

        in_ = _parse_in_(d.pop("in", UNSET))

        def _parse_out(data: object) -> TimeLogCheckpointInputType0 | TimeLogCheckpointInputType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_time_log_checkpoint_input_type_0 = TimeLogCheckpointInputType0.from_dict(
                    data
                )

                return componentsschemas_time_log_checkpoint_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_time_log_checkpoint_input_type_1 = TimeLogCheckpointInputType1.from_dict(data)

            return componentsschemas_time_log_checkpoint_input_type_1

        out = _parse_out(d.pop("out", UNSET))

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

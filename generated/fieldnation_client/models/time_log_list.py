from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.time_log import TimeLog


T = TypeVar("T", bound="TimeLogList")


@_attrs_define
class TimeLogList:
    """The time logs of a work order (also embedded as `time_logs` in the WorkOrder), with the total hours and, while the
    provider is checked in, the open log.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 5050, 'in': {'created':
                {'utc': '2026-07-01 14:05:00'}}, 'out': {'created': {'utc': '2026-07-01 16:35:00'}}, 'hours': 2.5, 'status':
                'checked_out'}], 'hours': 2.5, 'actions': ['add']}

        Attributes:
            results (list[TimeLog]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            hours (float | Unset): Sum of the hours of all logs.
            open_time_log (TimeLog | Unset): A check-in / check-out pair recorded against a work order, with the hours
                between them. `out` is missing (or null) while the provider is still checked in. Example: {'id': 5050, 'in':
                {'created': {'utc': '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time': '09:05:00'}}, 'coords':
                {'latitude': 44.8963, 'longitude': -93.2682}, 'verified': True}, 'out': {'created': {'utc': '2026-07-01
                16:35:00', 'local': {'date': '2026-07-01', 'time': '11:35:00'}}, 'verified': True}, 'hours': 2.5, 'status':
                'checked_out', 'verified': False, 'was_late': False, 'logged_by': {'id': 9001, 'first_name': 'Riley',
                'last_name': 'Okafor'}, 'actions': ['edit', 'delete']}.
            correlation_id (str | Unset):
            actions (list[str] | Unset): What the caller may do with the list (e.g. `add`).
    """

    results: list[TimeLog]
    metadata: ListMetadata | Unset = UNSET
    hours: float | Unset = UNSET
    open_time_log: TimeLog | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        hours = self.hours

        open_time_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_time_log, Unset):
            open_time_log = self.open_time_log.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if hours is not UNSET:
            field_dict["hours"] = hours
        if open_time_log is not UNSET:
            field_dict["open_time_log"] = open_time_log
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.time_log import TimeLog  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = TimeLog.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        hours = d.pop("hours", UNSET)

        _open_time_log = d.pop("open_time_log", UNSET)
        open_time_log: TimeLog | Unset
        if isinstance(_open_time_log, Unset):
            open_time_log = UNSET
        else:
            open_time_log = TimeLog.from_dict(_open_time_log)

        correlation_id = d.pop("correlation_id", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        time_log_list = cls(
            results=results,
            metadata=metadata,
            hours=hours,
            open_time_log=open_time_log,
            correlation_id=correlation_id,
            actions=actions,
        )

        time_log_list.additional_properties = d
        return time_log_list

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

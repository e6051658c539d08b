from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eta_actions_item import EtaActionsItem
from ..models.eta_mode import EtaMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.eta_condition import EtaCondition
    from ..models.eta_status import EtaStatus
    from ..models.eta_task import EtaTask
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Eta")


@_attrs_define
class Eta:
    """The assigned provider's estimated time of arrival: the arrival window they committed to, their hour estimate and
    notes, the confirmation status and, before check-in, their live condition.

        Example:
            {'work_order_id': 1001, 'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'task': {'id': 19511},
                'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}},
                'end': {'utc': '2026-07-01 16:00:00', 'local': {'date': '2026-07-01', 'time': '11:00:00'}}, 'hour_estimate': 2,
                'notes': 'Bringing a spare power supply.', 'status': {'name': 'confirmed', 'updated': {'utc': '2026-06-30
                18:00:00'}}, 'actions': ['confirm']}

        Attributes:
            work_order_id (int | Unset):
            user (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            task (EtaTask | Unset): The "Set ETA" task of the work order.
            mode (EtaMode | Unset): Mode of the service window the ETA answers.
            start (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            end (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            hour_estimate (float | Unset): Hours the provider expects to spend on site.
            window_duration (float | Unset): Length of the arrival window.
            notes (str | Unset):
            status (EtaStatus | Unset): Where the provider stands on the way to the site, and when that last changed.
                Example: {'name': 'confirmed', 'updated': {'utc': '2026-06-30 18:00:00'}}.
            condition (EtaCondition | Unset): Live condition of the provider before check-in: whether they are on schedule
                or running late, the expected delay, drive time, distance and last known position. Example: {'status':
                'delayed', 'estimated_delay': 900, 'drive_time': 1500, 'distance': 12.4, 'coords': {'latitude': 44.9778,
                'longitude': -93.265}, 'created': {'utc': '2026-07-01 13:40:00'}}.
            updated (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            correlation_id (str | Unset):
            actions (list[EtaActionsItem] | Unset):
    """

    work_order_id: int | Unset = UNSET
    user: UserRef | Unset = UNSET
    task: EtaTask | Unset = UNSET
    mode: EtaMode | Unset = UNSET
    start: DateObject | Unset = UNSET
    end: DateObject | Unset = UNSET
    hour_estimate: float | Unset = UNSET
    window_duration: float | Unset = UNSET
    notes: str | Unset = UNSET
    status: EtaStatus | Unset = UNSET
    condition: EtaCondition | Unset = UNSET
    updated: DateObject | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[EtaActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_order_id = self.work_order_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        hour_estimate = self.hour_estimate

        window_duration = self.window_duration

        notes = self.notes

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if user is not UNSET:
            field_dict["user"] = user
        if task is not UNSET:
            field_dict["task"] = task
        if mode is not UNSET:
            field_dict["mode"] = mode
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if hour_estimate is not UNSET:
            field_dict["hour_estimate"] = hour_estimate
        if window_duration is not UNSET:
            field_dict["window_duration"] = window_duration
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if condition is not UNSET:
            field_dict["condition"] = condition
        if updated is not UNSET:
            field_dict["updated"] = updated
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta_condition import EtaCondition  # noqa: PLC0415
        from ..models.eta_status import EtaStatus  # noqa: PLC0415
        from ..models.eta_task import EtaTask  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        work_order_id = d.pop("work_order_id", UNSET)

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        _task = d.pop("task", UNSET)
        task: EtaTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = EtaTask.from_dict(_task)

        _mode = d.pop("mode", UNSET)
        mode: EtaMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = EtaMode(_mode)

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

        hour_estimate = d.pop("hour_estimate", UNSET)

        window_duration = d.pop("window_duration", UNSET)

        notes = d.pop("notes", UNSET)

        _status = d.pop("status", UNSET)
        status: EtaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EtaStatus.from_dict(_status)

        _condition = d.pop("condition", UNSET)
        condition: EtaCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = EtaCondition.from_dict(_condition)

        _updated = d.pop("updated", UNSET)
        updated: DateObject | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = DateObject.from_dict(_updated)

        correlation_id = d.pop("correlation_id", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[EtaActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = EtaActionsItem(actions_item_data)

                actions.append(actions_item)

        eta = cls(
            work_order_id=work_order_id,
            user=user,
            task=task,
            mode=mode,
            start=start,
            end=end,
            hour_estimate=hour_estimate,
            window_duration=window_duration,
            notes=notes,
            status=status,
            condition=condition,
            updated=updated,
            correlation_id=correlation_id,
            actions=actions,
        )

        eta.additional_properties = d
        return eta

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

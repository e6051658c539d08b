from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_actions_item import SignatureActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.schedule_time_zone import ScheduleTimeZone
    from ..models.signature_task import SignatureTask
    from ..models.time_log_list import TimeLogList
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Signature")


@_attrs_define
class Signature:
    """A signature captured on the work order: who signed (`name`), the image (`data`, in the encoding named by `format`),
    who captured it and when.

        Example:
            {'id': 4401, 'name': 'Jordan Blake', 'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'hash':
                '5d41402abc4b2a76b9719d911017c592', 'author': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'},
                'created': {'utc': '2026-07-01 17:05:00', 'local': {'date': '2026-07-01', 'time': '12:05:00'}}, 'task': {'id':
                19520}, 'actions': ['delete']}

        Attributes:
            id (int):
            name (str | Unset): Name of the person who signed.
            format_ (str | Unset): Encoding of `data`, for example `image/png`, `png` or `svg`.
            data (str | Unset): The signature image (base64, optionally as a `data:` URL).
            hash_ (str | Unset): Checksum of the stored image.
            closing_notes (str | Unset): Closing notes shown to the signer.
            author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            time_zone (ScheduleTimeZone | Unset): Time zone of the work order's location. Example: {'id': 5, 'name':
                'America/Chicago', 'short': 'CDT', 'offset': -5}.
            task (SignatureTask | Unset): The "Collect signature" task the signature completes, if any.
            worklog (str | TimeLogList | Unset): Time logs the signer confirmed.
            actions (list[SignatureActionsItem] | Unset):
    """

    id: int
    name: str | Unset = UNSET
    format_: str | Unset = UNSET
    data: str | Unset = UNSET
    hash_: str | Unset = UNSET
    closing_notes: str | Unset = UNSET
    author: UserRef | Unset = UNSET
    created: DateObject | Unset = UNSET
    time_zone: ScheduleTimeZone | Unset = UNSET
    task: SignatureTask | Unset = UNSET
    worklog: str | TimeLogList | Unset = UNSET
    actions: list[SignatureActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.time_log_list import TimeLogList  # noqa: PLC0415

        id = self.id

        name = self.name

        format_ = self.format_

        data = self.data

        hash_ = self.hash_

        closing_notes = self.closing_notes

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        worklog: dict[str, Any] | str | Unset
        if isinstance(self.worklog, Unset):
            worklog = UNSET
        elif isinstance(self.worklog, TimeLogList):
            worklog = self.worklog.to_dict()
        else:
            worklog = self.worklog

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if name is not UNSET:
            field_dict["name"] = name
        if format_ is not UNSET:
            field_dict["format"] = format_
        if data is not UNSET:
            field_dict["data"] = data
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if closing_notes is not UNSET:
            field_dict["closing_notes"] = closing_notes
        if author is not UNSET:
            field_dict["author"] = author
        if created is not UNSET:
            field_dict["created"] = created
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if task is not UNSET:
            field_dict["task"] = task
        if worklog is not UNSET:
            field_dict["worklog"] = worklog
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415
        from ..models.signature_task import SignatureTask  # noqa: PLC0415
        from ..models.time_log_list import TimeLogList  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        format_ = d.pop("format", UNSET)

        data = d.pop("data", UNSET)

        hash_ = d.pop("hash", UNSET)

        closing_notes = d.pop("closing_notes", UNSET)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: ScheduleTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = ScheduleTimeZone.from_dict(_time_zone)

        _task = d.pop("task", UNSET)
        task: SignatureTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = SignatureTask.from_dict(_task)

        def _parse_worklog(data: object) -> str | TimeLogList | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worklog_type_0 = TimeLogList.from_dict(data)

                return worklog_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TimeLogList | Unset, data)

        worklog = _parse_worklog(d.pop("worklog", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: list[SignatureActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = SignatureActionsItem(actions_item_data)

                actions.append(actions_item)

        signature = cls(
            id=id,
            name=name,
            format_=format_,
            data=data,
            hash_=hash_,
            closing_notes=closing_notes,
            author=author,
            created=created,
            time_zone=time_zone,
            task=task,
            worklog=worklog,
            actions=actions,
        )

        signature.additional_properties = d
        return signature

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

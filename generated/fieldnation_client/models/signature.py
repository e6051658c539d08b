from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.signature_actions_item import SignatureActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.schedule_time_zone import ScheduleTimeZone, ScheduleTimeZoneDict
    from ..models.signature_task import SignatureTask, SignatureTaskDict
    from ..models.time_log_list import TimeLogList, TimeLogListDict
    from ..models.user_ref import UserRef, UserRefDict


class Signature(_m.BaseModel):
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
            name (str | None): Name of the person who signed.
            format_ (str | None): Encoding of `data`, for example `image/png`, `png` or `svg`.
            data (str | None): The signature image (base64, optionally as a `data:` URL).
            hash_ (str | None): Checksum of the stored image.
            closing_notes (str | None): Closing notes shown to the signer.
            author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            time_zone (ScheduleTimeZone | None): Time zone of the work order's location.
            task (SignatureTask | None): The "Collect signature" task the signature completes, if any.
            worklog (TimeLogList | str | None): Time logs the signer confirmed.
            actions (list[SignatureActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        data: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        closing_notes: str | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        time_zone: ScheduleTimeZone | Unset = UNSET,
        task: SignatureTask | Unset = UNSET,
        worklog: TimeLogList | str | Unset = UNSET,
        actions: list[SignatureActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("format", format_)
        self._set("data", data)
        self._set("hash", hash_)
        self._set("closing_notes", closing_notes)
        self._set("author", author)
        self._set("created", created)
        self._set("time_zone", time_zone)
        self._set("task", task)
        self._set("worklog", worklog)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415
        from ..models.signature_task import SignatureTask  # noqa: PLC0415
        from ..models.time_log_list import TimeLogList  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "format": _m.Field(_m.STR, False, False),
            "data": _m.Field(_m.STR, False, False),
            "hash": _m.Field(_m.STR, False, False),
            "closing_notes": _m.Field(_m.STR, False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "time_zone": _m.Field(_m.Model(ScheduleTimeZone), False, False),
            "task": _m.Field(_m.Model(SignatureTask), False, False),
            "worklog": _m.Field(_m.Union((_m.Model(TimeLogList), _m.STR)), False, False),
            "actions": _m.Field(_m.List(_m.Enum(SignatureActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        """Name of the person who signed."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def format_(self) -> str | None:
        """Encoding of `data`, for example `image/png`, `png` or `svg`."""
        return cast("str | None", self._get("format"))

    @format_.setter
    def format_(self, value: str | None) -> None:
        self._set("format", value)

    @property
    def data(self) -> str | None:
        """The signature image (base64, optionally as a `data:` URL)."""
        return cast("str | None", self._get("data"))

    @data.setter
    def data(self, value: str | None) -> None:
        self._set("data", value)

    @property
    def hash_(self) -> str | None:
        """Checksum of the stored image."""
        return cast("str | None", self._get("hash"))

    @hash_.setter
    def hash_(self, value: str | None) -> None:
        self._set("hash", value)

    @property
    def closing_notes(self) -> str | None:
        """Closing notes shown to the signer."""
        return cast("str | None", self._get("closing_notes"))

    @closing_notes.setter
    def closing_notes(self, value: str | None) -> None:
        self._set("closing_notes", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def time_zone(self) -> ScheduleTimeZone | None:
        """Time zone of the work order's location."""
        return cast("ScheduleTimeZone | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: ScheduleTimeZone | None) -> None:
        self._set("time_zone", value)

    @property
    def task(self) -> SignatureTask | None:
        """The "Collect signature" task the signature completes, if any."""
        return cast("SignatureTask | None", self._get("task"))

    @task.setter
    def task(self, value: SignatureTask | None) -> None:
        self._set("task", value)

    @property
    def worklog(self) -> TimeLogList | str | None:
        """Time logs the signer confirmed."""
        return cast("TimeLogList | str | None", self._get("worklog"))

    @worklog.setter
    def worklog(self, value: TimeLogList | str | None) -> None:
        self._set("worklog", value)

    @property
    def actions(self) -> list[SignatureActionsItem] | None:
        return cast("list[SignatureActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[SignatureActionsItem] | None) -> None:
        self._set("actions", value)


class SignatureDict(TypedDict, total=False):
    """:class:`Signature` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    format: str
    data: str
    hash: str
    closing_notes: str
    author: UserRef | UserRefDict
    created: DateObject | DateObjectDict
    time_zone: ScheduleTimeZone | ScheduleTimeZoneDict
    task: SignatureTask | SignatureTaskDict
    worklog: TimeLogList | TimeLogListDict | str
    actions: list[SignatureActionsItem | str]

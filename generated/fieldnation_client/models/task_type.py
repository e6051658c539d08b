from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.task_type_id import TaskTypeId
from ..types import UNSET, Unset


class TaskType(_m.BaseModel):
    """Kind of a task.

    Example:
        {'id': 8, 'key': 'phone', 'name': 'Call phone number'}

    Attributes:
        id (TaskTypeId): Kind of task: 1 set ETA, 2 enter closing notes, 3 check in, 4 check out, 5 upload a file, 6
            upload or take a picture, 7 fill out a custom field, 8 call a phone number, 9 send an email, 10 custom task, 11
            collect a signature, 12 enter shipment tracking, 13 download a file.
        key (str | None): Machine name of the type (for example `phone`).
        name (str | None): Display name of the type.
    """

    __slots__ = ()

    def __init__(self, *, id: TaskTypeId, key: str | Unset = UNSET, name: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("key", key)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Enum(TaskTypeId), True, False),
            "key": _m.Field(_m.STR, False, False),
            "name": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> TaskTypeId:
        """Kind of task: 1 set ETA, 2 enter closing notes, 3 check in, 4 check out, 5 upload a file, 6 upload
        or take a picture, 7 fill out a custom field, 8 call a phone number, 9 send an email, 10 custom
        task, 11 collect a signature, 12 enter shipment tracking, 13 download a file."""
        return cast("TaskTypeId", self._get("id"))

    @id.setter
    def id(self, value: TaskTypeId) -> None:
        self._set("id", value)

    @property
    def key(self) -> str | None:
        """Machine name of the type (for example `phone`)."""
        return cast("str | None", self._get("key"))

    @key.setter
    def key(self, value: str | None) -> None:
        self._set("key", value)

    @property
    def name(self) -> str | None:
        """Display name of the type."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)


class TaskTypeDict(TypedDict, total=False):
    """:class:`TaskType` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[TaskTypeId | int]
    key: str
    name: str

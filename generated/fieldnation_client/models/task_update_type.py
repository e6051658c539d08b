from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.task_type_id import TaskTypeId


class TaskUpdateType(_m.BaseModel):
    """
    Attributes:
        id (TaskTypeId): Kind of task: 1 set ETA, 2 enter closing notes, 3 check in, 4 check out, 5 upload a file, 6
            upload or take a picture, 7 fill out a custom field, 8 call a phone number, 9 send an email, 10 custom task, 11
            collect a signature, 12 enter shipment tracking, 13 download a file.
    """

    __slots__ = ()

    def __init__(self, *, id: TaskTypeId) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.Enum(TaskTypeId), True, False)}

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


class TaskUpdateTypeDict(TypedDict, total=False):
    """:class:`TaskUpdateType` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[TaskTypeId | int]

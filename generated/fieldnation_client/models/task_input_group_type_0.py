from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.task_group_id import TaskGroupId


class TaskInputGroupType0(_m.BaseModel):
    """
    Attributes:
        id (TaskGroupId): Phase of the job a task belongs to: `prep` (Pre Work), `onsite` (Work), `post` (Post Work).
    """

    __slots__ = ()

    def __init__(self, *, id: TaskGroupId) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.Enum(TaskGroupId), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> TaskGroupId:
        """Phase of the job a task belongs to: `prep` (Pre Work), `onsite` (Work), `post` (Post Work)."""
        return cast("TaskGroupId", self._get("id"))

    @id.setter
    def id(self, value: TaskGroupId) -> None:
        self._set("id", value)


class TaskInputGroupType0Dict(TypedDict, total=False):
    """:class:`TaskInputGroupType0` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[TaskGroupId | str]

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.task_group_id import TaskGroupId
from ..types import UNSET, Unset


class TaskGroup(_m.BaseModel):
    """Phase a task belongs to.

    Example:
        {'id': 'onsite', 'label': 'Work'}

    Attributes:
        id (TaskGroupId | str): The phase ID (`prep`, `onsite`, `post`). The tasks guide's list example shows a group
            name here instead (`Completion Requirements`), so any string is described.
        label (str | None): Display name (Pre Work, Work, Post Work).
    """

    __slots__ = ()

    def __init__(self, *, id: TaskGroupId | str, label: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("label", label)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Union((_m.Enum(TaskGroupId), _m.STR)), True, False),
            "label": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> TaskGroupId | str:
        """The phase ID (`prep`, `onsite`, `post`). The tasks guide's list example shows a group name here
        instead (`Completion Requirements`), so any string is described."""
        return cast("TaskGroupId | str", self._get("id"))

    @id.setter
    def id(self, value: TaskGroupId | str) -> None:
        self._set("id", value)

    @property
    def label(self) -> str | None:
        """Display name (Pre Work, Work, Post Work)."""
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)


class TaskGroupDict(TypedDict, total=False):
    """:class:`TaskGroup` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[TaskGroupId | str]
    label: str

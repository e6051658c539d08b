from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TaskDescriptions(_m.BaseModel):
    """Text pieces the apps use to render the task.

    Attributes:
        task (str | None):
        first (str | None):
        second (str | None):
        third (str | None):
        fourth (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        task: str | Unset = UNSET,
        first: str | Unset = UNSET,
        second: str | Unset = UNSET,
        third: str | Unset = UNSET,
        fourth: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("task", task)
        self._set("first", first)
        self._set("second", second)
        self._set("third", third)
        self._set("fourth", fourth)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "task": _m.Field(_m.STR, False, False),
            "first": _m.Field(_m.STR, False, False),
            "second": _m.Field(_m.STR, False, False),
            "third": _m.Field(_m.STR, False, False),
            "fourth": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def task(self) -> str | None:
        return cast("str | None", self._get("task"))

    @task.setter
    def task(self, value: str | None) -> None:
        self._set("task", value)

    @property
    def first(self) -> str | None:
        return cast("str | None", self._get("first"))

    @first.setter
    def first(self, value: str | None) -> None:
        self._set("first", value)

    @property
    def second(self) -> str | None:
        return cast("str | None", self._get("second"))

    @second.setter
    def second(self, value: str | None) -> None:
        self._set("second", value)

    @property
    def third(self) -> str | None:
        return cast("str | None", self._get("third"))

    @third.setter
    def third(self, value: str | None) -> None:
        self._set("third", value)

    @property
    def fourth(self) -> str | None:
        return cast("str | None", self._get("fourth"))

    @fourth.setter
    def fourth(self, value: str | None) -> None:
        self._set("fourth", value)


class TaskDescriptionsDict(TypedDict, total=False):
    """:class:`TaskDescriptions` as plain data (JSON keys); accepted wherever the model is sent."""

    task: str
    first: str
    second: str
    third: str
    fourth: str

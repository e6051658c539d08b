from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class TaskDescriptions(_m.BaseModel):
    """Text pieces the apps use to render the task.

    Attributes:
        task (Any):
        first (Any):
        second (Any):
        third (Any):
        fourth (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        task: Any = UNSET,
        first: Any = UNSET,
        second: Any = UNSET,
        third: Any = UNSET,
        fourth: Any = UNSET,
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
            "task": _m.Field(_m.ANY, False, False),
            "first": _m.Field(_m.ANY, False, False),
            "second": _m.Field(_m.ANY, False, False),
            "third": _m.Field(_m.ANY, False, False),
            "fourth": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def task(self) -> Any:
        return self._get("task")

    @task.setter
    def task(self, value: Any) -> None:
        self._set("task", value)

    @property
    def first(self) -> Any:
        return self._get("first")

    @first.setter
    def first(self, value: Any) -> None:
        self._set("first", value)

    @property
    def second(self) -> Any:
        return self._get("second")

    @second.setter
    def second(self, value: Any) -> None:
        self._set("second", value)

    @property
    def third(self) -> Any:
        return self._get("third")

    @third.setter
    def third(self, value: Any) -> None:
        self._set("third", value)

    @property
    def fourth(self) -> Any:
        return self._get("fourth")

    @fourth.setter
    def fourth(self, value: Any) -> None:
        self._set("fourth", value)

from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class ProblemTypeRef(_m.BaseModel):
    """The type of a reported problem.

    Example:
        {'id': 31, 'name': 'Internal Issue with my company'}

    Attributes:
        id (int):
        name (Any):
        other (Any): Free-text explanation when the type asks for one.
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: Any = UNSET, other: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("other", other)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.ANY, False, False),
            "other": _m.Field(_m.ANY, False, False),
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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def other(self) -> Any:
        """Free-text explanation when the type asks for one."""
        return self._get("other")

    @other.setter
    def other(self, value: Any) -> None:
        self._set("other", value)

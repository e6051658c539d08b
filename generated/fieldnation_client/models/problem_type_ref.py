from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProblemTypeRef(_m.BaseModel):
    """The type of a reported problem.

    Example:
        {'id': 31, 'name': 'Internal Issue with my company'}

    Attributes:
        id (int):
        name (str | None):
        other (str | None): Free-text explanation when the type asks for one.
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: str | Unset = UNSET, other: str | Unset = UNSET) -> None:
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
            "name": _m.Field(_m.STR, False, False),
            "other": _m.Field(_m.STR, False, False),
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
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def other(self) -> str | None:
        """Free-text explanation when the type asks for one."""
        return cast("str | None", self._get("other"))

    @other.setter
    def other(self, value: str | None) -> None:
        self._set("other", value)


class ProblemTypeRefDict(TypedDict, total=False):
    """:class:`ProblemTypeRef` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    other: str

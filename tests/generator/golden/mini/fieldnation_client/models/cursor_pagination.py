from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class CursorPagination(_m.BaseModel):
    """
    Attributes:
        limit (int):
        has_next_page (bool):
        next_cursor (str | None):
    """

    __slots__ = ()

    def __init__(self, *, limit: int, has_next_page: bool, next_cursor: str | None | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("limit", limit)
        self._set("has_next_page", has_next_page)
        self._set("next_cursor", next_cursor)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "limit": _m.Field(_m.INT, True, False),
            "has_next_page": _m.Field(_m.BOOL, True, False),
            "next_cursor": _m.Field(_m.STR, False, True),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def limit(self) -> int:
        return cast("int", self._get("limit"))

    @limit.setter
    def limit(self, value: int) -> None:
        self._set("limit", value)

    @property
    def has_next_page(self) -> bool:
        return cast("bool", self._get("has_next_page"))

    @has_next_page.setter
    def has_next_page(self, value: bool) -> None:
        self._set("has_next_page", value)

    @property
    def next_cursor(self) -> str | None:
        return cast("str | None", self._get("next_cursor"))

    @next_cursor.setter
    def next_cursor(self, value: str | None) -> None:
        self._set("next_cursor", value)


class CursorPaginationDict(TypedDict, total=False):
    """:class:`CursorPagination` as plain data (JSON keys); accepted wherever the model is sent."""

    limit: Required[int]
    has_next_page: Required[bool]
    next_cursor: str | None

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class CursorPagination(_m.BaseModel):
    """Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show every field; the
    talent pool groups guide's example shows only `has_next_page`, so that is the one field required.

        Example:
            {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor': None, 'limit': 20, 'has_next_page': True,
                'has_prev_page': False}

        Attributes:
            has_next_page (bool): Whether another page follows.
            next_cursor (str | None): Opaque cursor for the next page; null on the last page.
            prev_cursor (str | None): Opaque cursor for the previous page; null on the first page.
            limit (int | None): The page size used.
            has_prev_page (bool | None): Whether a page precedes this one.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        has_next_page: bool,
        next_cursor: str | None | Unset = UNSET,
        prev_cursor: str | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        has_prev_page: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("has_next_page", has_next_page)
        self._set("next_cursor", next_cursor)
        self._set("prev_cursor", prev_cursor)
        self._set("limit", limit)
        self._set("has_prev_page", has_prev_page)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "has_next_page": _m.Field(_m.BOOL, True, False),
            "next_cursor": _m.Field(_m.STR, False, True),
            "prev_cursor": _m.Field(_m.STR, False, True),
            "limit": _m.Field(_m.INT, False, False),
            "has_prev_page": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def has_next_page(self) -> bool:
        """Whether another page follows."""
        return cast("bool", self._get("has_next_page"))

    @has_next_page.setter
    def has_next_page(self, value: bool) -> None:
        self._set("has_next_page", value)

    @property
    def next_cursor(self) -> str | None:
        """Opaque cursor for the next page; null on the last page."""
        return cast("str | None", self._get("next_cursor"))

    @next_cursor.setter
    def next_cursor(self, value: str | None) -> None:
        self._set("next_cursor", value)

    @property
    def prev_cursor(self) -> str | None:
        """Opaque cursor for the previous page; null on the first page."""
        return cast("str | None", self._get("prev_cursor"))

    @prev_cursor.setter
    def prev_cursor(self, value: str | None) -> None:
        self._set("prev_cursor", value)

    @property
    def limit(self) -> int | None:
        """The page size used."""
        return cast("int | None", self._get("limit"))

    @limit.setter
    def limit(self, value: int | None) -> None:
        self._set("limit", value)

    @property
    def has_prev_page(self) -> bool | None:
        """Whether a page precedes this one."""
        return cast("bool | None", self._get("has_prev_page"))

    @has_prev_page.setter
    def has_prev_page(self, value: bool | None) -> None:
        self._set("has_prev_page", value)


class CursorPaginationDict(TypedDict, total=False):
    """:class:`CursorPagination` as plain data (JSON keys); accepted wherever the model is sent."""

    has_next_page: Required[bool]
    next_cursor: str | None
    prev_cursor: str | None
    limit: int
    has_prev_page: bool

from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class CursorPagination(_m.BaseModel):
    """Pagination of the newer, UUID-based resources (`data` + `pagination`).

    Example:
        {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor': None, 'limit': 20, 'has_next_page': True,
            'has_prev_page': False}

    Attributes:
        limit (int):
        has_next_page (bool):
        has_prev_page (bool):
        next_cursor (Any): Opaque cursor for the next page; null on the last page.
        prev_cursor (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        limit: int,
        has_next_page: bool,
        has_prev_page: bool,
        next_cursor: Any = UNSET,
        prev_cursor: Any = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("limit", limit)
        self._set("has_next_page", has_next_page)
        self._set("has_prev_page", has_prev_page)
        self._set("next_cursor", next_cursor)
        self._set("prev_cursor", prev_cursor)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "limit": _m.Field(_m.INT, True, False),
            "has_next_page": _m.Field(_m.BOOL, True, False),
            "has_prev_page": _m.Field(_m.BOOL, True, False),
            "next_cursor": _m.Field(_m.ANY, False, True),
            "prev_cursor": _m.Field(_m.ANY, False, True),
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
    def has_prev_page(self) -> bool:
        return cast("bool", self._get("has_prev_page"))

    @has_prev_page.setter
    def has_prev_page(self, value: bool) -> None:
        self._set("has_prev_page", value)

    @property
    def next_cursor(self) -> Any:
        """Opaque cursor for the next page; null on the last page."""
        return self._get("next_cursor")

    @next_cursor.setter
    def next_cursor(self, value: Any) -> None:
        self._set("next_cursor", value)

    @property
    def prev_cursor(self) -> Any:
        return self._get("prev_cursor")

    @prev_cursor.setter
    def prev_cursor(self, value: Any) -> None:
        self._set("prev_cursor", value)

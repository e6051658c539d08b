from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class ListMetadata(_m.BaseModel):
    """
    Attributes:
        total (int):
        page (int):
        pages (int):
        per_page (int):
    """

    __slots__ = ()

    def __init__(self, *, total: int, page: int, pages: int, per_page: int) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("total", total)
        self._set("page", page)
        self._set("pages", pages)
        self._set("per_page", per_page)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "total": _m.Field(_m.INT, True, False),
            "page": _m.Field(_m.INT, True, False),
            "pages": _m.Field(_m.INT, True, False),
            "per_page": _m.Field(_m.INT, True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def total(self) -> int:
        return cast("int", self._get("total"))

    @total.setter
    def total(self, value: int) -> None:
        self._set("total", value)

    @property
    def page(self) -> int:
        return cast("int", self._get("page"))

    @page.setter
    def page(self, value: int) -> None:
        self._set("page", value)

    @property
    def pages(self) -> int:
        return cast("int", self._get("pages"))

    @pages.setter
    def pages(self, value: int) -> None:
        self._set("pages", value)

    @property
    def per_page(self) -> int:
        return cast("int", self._get("per_page"))

    @per_page.setter
    def per_page(self, value: int) -> None:
        self._set("per_page", value)


class ListMetadataDict(TypedDict, total=False):
    """:class:`ListMetadata` as plain data (JSON keys); accepted wherever the model is sent."""

    total: Required[int]
    page: Required[int]
    pages: Required[int]
    per_page: Required[int]

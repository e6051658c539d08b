from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.list_metadata_order import ListMetadataOrder
from ..types import UNSET, Unset


class ListMetadata(_m.BaseModel):
    """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and the API basics
    guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits `pages`, so only `total` is
    required (the local sandbox always sends all four).

        Example:
            {'total': 42, 'page': 1, 'pages': 2, 'per_page': 25}

        Attributes:
            total (int): Number of items across all pages.
            page (int | None): The page this envelope holds (1-based; the playground example shows 0 for an empty list).
            pages (int | None): Number of pages.
            per_page (int | None): Items per page.
            columns (str | None): Comma-separated columns that were returned.
            list_ (str | None):
            view (str | None): Presentation the list was computed for (`list`, `card`, `map`, `model`, `schedule`, `tiles`).
            sort (str | None):
            order (ListMetadataOrder | None): Sort direction of the list (the client keeps any other value it receives).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        total: int,
        page: int | Unset = UNSET,
        pages: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        columns: str | Unset = UNSET,
        list_: str | Unset = UNSET,
        view: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: ListMetadataOrder | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("total", total)
        self._set("page", page)
        self._set("pages", pages)
        self._set("per_page", per_page)
        self._set("columns", columns)
        self._set("list", list_)
        self._set("view", view)
        self._set("sort", sort)
        self._set("order", order)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "total": _m.Field(_m.INT, True, False),
            "page": _m.Field(_m.INT, False, False),
            "pages": _m.Field(_m.INT, False, False),
            "per_page": _m.Field(_m.INT, False, False),
            "columns": _m.Field(_m.STR, False, False),
            "list": _m.Field(_m.STR, False, False),
            "view": _m.Field(_m.STR, False, False),
            "sort": _m.Field(_m.STR, False, False),
            "order": _m.Field(_m.Enum(ListMetadataOrder), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def total(self) -> int:
        """Number of items across all pages."""
        return cast("int", self._get("total"))

    @total.setter
    def total(self, value: int) -> None:
        self._set("total", value)

    @property
    def page(self) -> int | None:
        """The page this envelope holds (1-based; the playground example shows 0 for an empty list)."""
        return cast("int | None", self._get("page"))

    @page.setter
    def page(self, value: int | None) -> None:
        self._set("page", value)

    @property
    def pages(self) -> int | None:
        """Number of pages."""
        return cast("int | None", self._get("pages"))

    @pages.setter
    def pages(self, value: int | None) -> None:
        self._set("pages", value)

    @property
    def per_page(self) -> int | None:
        """Items per page."""
        return cast("int | None", self._get("per_page"))

    @per_page.setter
    def per_page(self, value: int | None) -> None:
        self._set("per_page", value)

    @property
    def columns(self) -> str | None:
        """Comma-separated columns that were returned."""
        return cast("str | None", self._get("columns"))

    @columns.setter
    def columns(self, value: str | None) -> None:
        self._set("columns", value)

    @property
    def list_(self) -> str | None:
        return cast("str | None", self._get("list"))

    @list_.setter
    def list_(self, value: str | None) -> None:
        self._set("list", value)

    @property
    def view(self) -> str | None:
        """Presentation the list was computed for (`list`, `card`, `map`, `model`, `schedule`, `tiles`)."""
        return cast("str | None", self._get("view"))

    @view.setter
    def view(self, value: str | None) -> None:
        self._set("view", value)

    @property
    def sort(self) -> str | None:
        return cast("str | None", self._get("sort"))

    @sort.setter
    def sort(self, value: str | None) -> None:
        self._set("sort", value)

    @property
    def order(self) -> ListMetadataOrder | None:
        """Sort direction of the list (the client keeps any other value it receives)."""
        return cast("ListMetadataOrder | None", self._get("order"))

    @order.setter
    def order(self, value: ListMetadataOrder | None) -> None:
        self._set("order", value)


class ListMetadataDict(TypedDict, total=False):
    """:class:`ListMetadata` as plain data (JSON keys); accepted wherever the model is sent."""

    total: Required[int]
    page: int
    pages: int
    per_page: int
    columns: str
    list: str
    view: str
    sort: str
    order: ListMetadataOrder | str

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class BundledWorkOrder(_m.BaseModel):
    """A work order as listed inside a bundle (a short form, not the full work order).

    Example:
        {'id': 1002, 'title': 'Site B POS install'}

    Attributes:
        id (int):
        title (str | None):
        href (str | None):
    """

    __slots__ = ()

    def __init__(self, *, id: int, title: str | Unset = UNSET, href: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("title", title)
        self._set("href", href)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "title": _m.Field(_m.STR, False, False),
            "href": _m.Field(_m.STR, False, False),
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
    def title(self) -> str | None:
        return cast("str | None", self._get("title"))

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def href(self) -> str | None:
        return cast("str | None", self._get("href"))

    @href.setter
    def href(self, value: str | None) -> None:
        self._set("href", value)


class BundledWorkOrderDict(TypedDict, total=False):
    """:class:`BundledWorkOrder` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    title: str
    href: str

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class LocationMap(_m.BaseModel):
    """
    Attributes:
        url (str | None):
        href (str | None):
    """

    __slots__ = ()

    def __init__(self, *, url: str | Unset = UNSET, href: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("url", url)
        self._set("href", href)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"url": _m.Field(_m.STR, False, False), "href": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def url(self) -> str | None:
        return cast("str | None", self._get("url"))

    @url.setter
    def url(self, value: str | None) -> None:
        self._set("url", value)

    @property
    def href(self) -> str | None:
        return cast("str | None", self._get("href"))

    @href.setter
    def href(self, value: str | None) -> None:
        self._set("href", value)


class LocationMapDict(TypedDict, total=False):
    """:class:`LocationMap` as plain data (JSON keys); accepted wherever the model is sent."""

    url: str
    href: str

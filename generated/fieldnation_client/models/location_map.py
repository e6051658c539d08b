from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class LocationMap(_m.BaseModel):
    """
    Attributes:
        url (Any):
        href (Any):
    """

    __slots__ = ()

    def __init__(self, *, url: Any = UNSET, href: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("url", url)
        self._set("href", href)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"url": _m.Field(_m.ANY, False, False), "href": _m.Field(_m.ANY, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def url(self) -> Any:
        return self._get("url")

    @url.setter
    def url(self, value: Any) -> None:
        self._set("url", value)

    @property
    def href(self) -> Any:
        return self._get("href")

    @href.setter
    def href(self, value: Any) -> None:
        self._set("href", value)

from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class WorkOrderRichText(_m.BaseModel):
    """Formatted text. `html` may hold plain text or HTML (tags not escaped).

    Example:
        {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}

    Attributes:
        html (Any): The text as HTML.
        plain (Any): The same text with markup removed, when the API provides it.
    """

    __slots__ = ()

    def __init__(self, *, html: Any = UNSET, plain: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("html", html)
        self._set("plain", plain)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"html": _m.Field(_m.ANY, False, False), "plain": _m.Field(_m.ANY, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def html(self) -> Any:
        """The text as HTML."""
        return self._get("html")

    @html.setter
    def html(self, value: Any) -> None:
        self._set("html", value)

    @property
    def plain(self) -> Any:
        """The same text with markup removed, when the API provides it."""
        return self._get("plain")

    @plain.setter
    def plain(self, value: Any) -> None:
        self._set("plain", value)

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderRichText(_m.BaseModel):
    """Formatted text. `html` may hold plain text or HTML (tags not escaped).

    Example:
        {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}

    Attributes:
        html (str | None): The text as HTML.
        plain (str | None): The same text with markup removed, when the API provides it.
    """

    __slots__ = ()

    def __init__(self, *, html: str | Unset = UNSET, plain: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("html", html)
        self._set("plain", plain)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"html": _m.Field(_m.STR, False, False), "plain": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def html(self) -> str | None:
        """The text as HTML."""
        return cast("str | None", self._get("html"))

    @html.setter
    def html(self, value: str | None) -> None:
        self._set("html", value)

    @property
    def plain(self) -> str | None:
        """The same text with markup removed, when the API provides it."""
        return cast("str | None", self._get("plain"))

    @plain.setter
    def plain(self, value: str | None) -> None:
        self._set("plain", value)


class WorkOrderRichTextDict(TypedDict, total=False):
    """:class:`WorkOrderRichText` as plain data (JSON keys); accepted wherever the model is sent."""

    html: str
    plain: str

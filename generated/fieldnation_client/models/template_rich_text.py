from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TemplateRichText(_m.BaseModel):
    """A formatted text block of a template (`description`, `confidential`).

    Example:
        {'html': '<p>Swap the two POS terminals at the front counter.</p>'}

    Attributes:
        html (str | None): The text as HTML.
    """

    __slots__ = ()

    def __init__(self, *, html: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("html", html)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"html": _m.Field(_m.STR, False, False)}

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


class TemplateRichTextDict(TypedDict, total=False):
    """:class:`TemplateRichText` as plain data (JSON keys); accepted wherever the model is sent."""

    html: str

from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class TemplateRichText(_m.BaseModel):
    """A formatted text block of a template (`description`, `confidential`).

    Example:
        {'html': '<p>Swap the two POS terminals at the front counter.</p>'}

    Attributes:
        html (Any): The text as HTML.
    """

    __slots__ = ()

    def __init__(self, *, html: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("html", html)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"html": _m.Field(_m.ANY, False, False)}

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

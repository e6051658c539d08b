from __future__ import annotations

from typing import Any

from .. import _models as _m


class ErrorDetail(_m.BaseModel):
    """One field-level problem in the local sandbox's `errors` list.

    Attributes:
        field (Any): Dotted path of the offending field or parameter (`body.title`, `query.page`).
        message (Any): What is wrong with it.
    """

    __slots__ = ()

    def __init__(self, *, field: Any, message: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("field", field)
        self._set("message", message)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"field": _m.Field(_m.ANY, True, False), "message": _m.Field(_m.ANY, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def field(self) -> Any:
        """Dotted path of the offending field or parameter (`body.title`, `query.page`)."""
        return self._get("field")

    @field.setter
    def field(self, value: Any) -> None:
        self._set("field", value)

    @property
    def message(self) -> Any:
        """What is wrong with it."""
        return self._get("message")

    @message.setter
    def message(self, value: Any) -> None:
        self._set("message", value)

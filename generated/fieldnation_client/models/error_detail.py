from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class ErrorDetail(_m.BaseModel):
    """One field-level problem in the local sandbox's `errors` list.

    Attributes:
        field (str): Dotted path of the offending field or parameter (`body.title`, `query.page`).
        message (str): What is wrong with it.
    """

    __slots__ = ()

    def __init__(self, *, field: str, message: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("field", field)
        self._set("message", message)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"field": _m.Field(_m.STR, True, False), "message": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def field(self) -> str:
        """Dotted path of the offending field or parameter (`body.title`, `query.page`)."""
        return cast("str", self._get("field"))

    @field.setter
    def field(self, value: str) -> None:
        self._set("field", value)

    @property
    def message(self) -> str:
        """What is wrong with it."""
        return cast("str", self._get("message"))

    @message.setter
    def message(self, value: str) -> None:
        self._set("message", value)


class ErrorDetailDict(TypedDict, total=False):
    """:class:`ErrorDetail` as plain data (JSON keys); accepted wherever the model is sent."""

    field: Required[str]
    message: Required[str]

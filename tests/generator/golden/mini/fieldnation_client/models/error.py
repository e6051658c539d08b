from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class Error(_m.BaseModel):
    """
    Attributes:
        message (str):
        status (int | None):
    """

    __slots__ = ()

    def __init__(self, *, message: str, status: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("message", message)
        self._set("status", status)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"message": _m.Field(_m.STR, True, False), "status": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def message(self) -> str:
        return cast("str", self._get("message"))

    @message.setter
    def message(self, value: str) -> None:
        self._set("message", value)

    @property
    def status(self) -> int | None:
        return cast("int | None", self._get("status"))

    @status.setter
    def status(self, value: int | None) -> None:
        self._set("status", value)


class ErrorDict(TypedDict, total=False):
    """:class:`Error` as plain data (JSON keys); accepted wherever the model is sent."""

    message: Required[str]
    status: int

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class Success(_m.BaseModel):
    """Acknowledgement for operations whose answer carries no resource.

    Example:
        {'success': True}

    Attributes:
        success (bool):
        message (str | None):
    """

    __slots__ = ()

    def __init__(self, *, success: bool, message: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("success", success)
        self._set("message", message)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"success": _m.Field(_m.BOOL, True, False), "message": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def success(self) -> bool:
        return cast("bool", self._get("success"))

    @success.setter
    def success(self, value: bool) -> None:
        self._set("success", value)

    @property
    def message(self) -> str | None:
        return cast("str | None", self._get("message"))

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)


class SuccessDict(TypedDict, total=False):
    """:class:`Success` as plain data (JSON keys); accepted wherever the model is sent."""

    success: Required[bool]
    message: str

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class LocationValidation(_m.BaseModel):
    """Result of the platform's address check.

    Attributes:
        is_valid (bool | None):
        messages (list[str] | None):
    """

    __slots__ = ()

    def __init__(self, *, is_valid: bool | Unset = UNSET, messages: list[str] | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("is_valid", is_valid)
        self._set("messages", messages)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "is_valid": _m.Field(_m.BOOL, False, False),
            "messages": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def is_valid(self) -> bool | None:
        return cast("bool | None", self._get("is_valid"))

    @is_valid.setter
    def is_valid(self, value: bool | None) -> None:
        self._set("is_valid", value)

    @property
    def messages(self) -> list[str] | None:
        return cast("list[str] | None", self._get("messages"))

    @messages.setter
    def messages(self, value: list[str] | None) -> None:
        self._set("messages", value)


class LocationValidationDict(TypedDict, total=False):
    """:class:`LocationValidation` as plain data (JSON keys); accepted wherever the model is sent."""

    is_valid: bool
    messages: list[str]

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class StoredLocationAttribute(_m.BaseModel):
    """A custom attribute of a saved location (store number, site code...).

    Example:
        {'key': 'Store Number', 'value': '00123A', 'private': False}

    Attributes:
        key (str):
        value (str | None):
        private (bool | None):
    """

    __slots__ = ()

    def __init__(self, *, key: str, value: str | Unset = UNSET, private: bool | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("key", key)
        self._set("value", value)
        self._set("private", private)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "key": _m.Field(_m.STR, True, False),
            "value": _m.Field(_m.STR, False, False),
            "private": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def key(self) -> str:
        return cast("str", self._get("key"))

    @key.setter
    def key(self, value: str) -> None:
        self._set("key", value)

    @property
    def value(self) -> str | None:
        return cast("str | None", self._get("value"))

    @value.setter
    def value(self, value: str | None) -> None:
        self._set("value", value)

    @property
    def private(self) -> bool | None:
        return cast("bool | None", self._get("private"))

    @private.setter
    def private(self, value: bool | None) -> None:
        self._set("private", value)


class StoredLocationAttributeDict(TypedDict, total=False):
    """:class:`StoredLocationAttribute` as plain data (JSON keys); accepted wherever the model is sent."""

    key: Required[str]
    value: str
    private: bool

from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class StoredLocationAttribute(_m.BaseModel):
    """A custom attribute of a saved location (store number, site code...).

    Example:
        {'key': 'Store Number', 'value': '00123A', 'private': False}

    Attributes:
        key (Any):
        value (Any):
        private (bool | None):
    """

    __slots__ = ()

    def __init__(self, *, key: Any, value: Any = UNSET, private: bool | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("key", key)
        self._set("value", value)
        self._set("private", private)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "key": _m.Field(_m.ANY, True, False),
            "value": _m.Field(_m.ANY, False, False),
            "private": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def key(self) -> Any:
        return self._get("key")

    @key.setter
    def key(self, value: Any) -> None:
        self._set("key", value)

    @property
    def value(self) -> Any:
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

    @property
    def private(self) -> bool | None:
        return cast("bool | None", self._get("private"))

    @private.setter
    def private(self, value: bool | None) -> None:
        self._set("private", value)

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class ProviderAttributeInput(_m.BaseModel):
    """A new attribute.

    Example:
        {'name': 'priority', 'value': 'high'}

    Attributes:
        name (str):
        value (str):
    """

    __slots__ = ()

    def __init__(self, *, name: str, value: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.STR, True, False), "value": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def value(self) -> str:
        return cast("str", self._get("value"))

    @value.setter
    def value(self, value: str) -> None:
        self._set("value", value)


class ProviderAttributeInputDict(TypedDict, total=False):
    """:class:`ProviderAttributeInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    value: Required[str]

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class ProviderAttributeUpdate(_m.BaseModel):
    """Body of the single-attribute update request.

    Example:
        {'value': '75.00'}

    Attributes:
        value (str):
    """

    __slots__ = ()

    def __init__(self, *, value: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"value": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def value(self) -> str:
        return cast("str", self._get("value"))

    @value.setter
    def value(self, value: str) -> None:
        self._set("value", value)


class ProviderAttributeUpdateDict(TypedDict, total=False):
    """:class:`ProviderAttributeUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    value: Required[str]

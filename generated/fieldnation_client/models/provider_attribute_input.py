from __future__ import annotations

from typing import Any

from .. import _models as _m


class ProviderAttributeInput(_m.BaseModel):
    """A new attribute.

    Example:
        {'name': 'priority', 'value': 'high'}

    Attributes:
        name (Any):
        value (Any):
    """

    __slots__ = ()

    def __init__(self, *, name: Any, value: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.ANY, True, False), "value": _m.Field(_m.ANY, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def value(self) -> Any:
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

from __future__ import annotations

from typing import Any

from .. import _models as _m


class TalentPoolGroupAttribute(_m.BaseModel):
    """A free-form name/value pair stored on a talent pool group or service territory.

    Example:
        {'name': 'certification_level', 'value': 'expert'}

    Attributes:
        name (Any): Attribute key; writing an existing key overwrites its value (upsert).
        value (Any): Attribute value, always sent and returned as a string.
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
        """Attribute key; writing an existing key overwrites its value (upsert)."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def value(self) -> Any:
        """Attribute value, always sent and returned as a string."""
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class TalentPoolGroupAttribute(_m.BaseModel):
    """A free-form name/value pair stored on a talent pool group or service territory.

    Example:
        {'name': 'certification_level', 'value': 'expert'}

    Attributes:
        name (str): Attribute key; writing an existing key overwrites its value (upsert).
        value (str): Attribute value, always sent and returned as a string.
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
        """Attribute key; writing an existing key overwrites its value (upsert)."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def value(self) -> str:
        """Attribute value, always sent and returned as a string."""
        return cast("str", self._get("value"))

    @value.setter
    def value(self, value: str) -> None:
        self._set("value", value)


class TalentPoolGroupAttributeDict(TypedDict, total=False):
    """:class:`TalentPoolGroupAttribute` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    value: Required[str]

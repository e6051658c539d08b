from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class CompanyNetworkOption(_m.BaseModel):
    """A setting of a network.

    Example:
        {'id': 1, 'name': 'auto_approve', 'value': False}

    Attributes:
        id (int | None):
        name (str | None):
        description (str | None):
        value (str | float | bool | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        value: str | float | bool | None | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("description", description)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "value": _m.Field(_m.Union((_m.STR, _m.FLOAT, _m.BOOL)), False, True),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def value(self) -> str | float | bool | None:
        return cast("str | float | bool | None", self._get("value"))

    @value.setter
    def value(self, value: str | float | bool | None) -> None:
        self._set("value", value)


class CompanyNetworkOptionDict(TypedDict, total=False):
    """:class:`CompanyNetworkOption` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    description: str
    value: str | float | bool | None

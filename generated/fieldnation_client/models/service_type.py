from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class ServiceType(_m.BaseModel):
    """A service type (such as "Installation") offered under one type of work.

    Example:
        {'id': 3, 'name': 'Installation'}

    Attributes:
        id (int):
        name (str):
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False), "name": _m.Field(_m.STR, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)


class ServiceTypeDict(TypedDict, total=False):
    """:class:`ServiceType` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]

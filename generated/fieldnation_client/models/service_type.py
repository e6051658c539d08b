from __future__ import annotations

from typing import Any, cast

from .. import _models as _m


class ServiceType(_m.BaseModel):
    """A service type (such as "Installation") offered under one type of work.

    Example:
        {'id': 3, 'name': 'Installation'}

    Attributes:
        id (int):
        name (Any):
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False), "name": _m.Field(_m.ANY, True, False)}

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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

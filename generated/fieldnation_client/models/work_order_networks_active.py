from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderNetworksActive(_m.BaseModel):
    """The network currently in use.

    Attributes:
        id (int | None):
        name (Any):
        type_ (Any):
    """

    __slots__ = ()

    def __init__(self, *, id: int | Unset = UNSET, name: Any = UNSET, type_: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("type", type_)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.ANY, False, False),
            "type": _m.Field(_m.ANY, False, False),
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
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def type_(self) -> Any:
        return self._get("type")

    @type_.setter
    def type_(self, value: Any) -> None:
        self._set("type", value)

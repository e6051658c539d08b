from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class SmartDispatchWorkOrder(_m.BaseModel):
    """A work order handed to Smart Dispatch.

    Example:
        {'id': 1001}

    Attributes:
        id (int | None):
    """

    __slots__ = ()

    def __init__(self, *, id: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)


class SmartDispatchWorkOrderDict(TypedDict, total=False):
    """:class:`SmartDispatchWorkOrder` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int

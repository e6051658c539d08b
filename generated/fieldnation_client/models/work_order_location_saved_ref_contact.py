from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class WorkOrderLocationSavedRefContact(_m.BaseModel):
    """
    Attributes:
        name (Any):
        phone (Any):
    """

    __slots__ = ()

    def __init__(self, *, name: Any = UNSET, phone: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("phone", phone)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"name": _m.Field(_m.ANY, False, False), "phone": _m.Field(_m.ANY, False, False)}

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
    def phone(self) -> Any:
        return self._get("phone")

    @phone.setter
    def phone(self, value: Any) -> None:
        self._set("phone", value)

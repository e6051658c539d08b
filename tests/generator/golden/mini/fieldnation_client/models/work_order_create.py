from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class WorkOrderCreate(_m.BaseModel):
    """
    Attributes:
        title (Any):
        description (Any):
    """

    __slots__ = ()

    def __init__(self, *, title: Any, description: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("title", title)
        self._set("description", description)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"title": _m.Field(_m.ANY, True, False), "description": _m.Field(_m.ANY, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def title(self) -> Any:
        return self._get("title")

    @title.setter
    def title(self, value: Any) -> None:
        self._set("title", value)

    @property
    def description(self) -> Any:
        return self._get("description")

    @description.setter
    def description(self, value: Any) -> None:
        self._set("description", value)

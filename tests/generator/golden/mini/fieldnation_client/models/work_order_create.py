from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderCreate(_m.BaseModel):
    """
    Attributes:
        title (str):
        description (str | None):
    """

    __slots__ = ()

    def __init__(self, *, title: str, description: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("title", title)
        self._set("description", description)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"title": _m.Field(_m.STR, True, False), "description": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def title(self) -> str:
        return cast("str", self._get("title"))

    @title.setter
    def title(self, value: str) -> None:
        self._set("title", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)


class WorkOrderCreateDict(TypedDict, total=False):
    """:class:`WorkOrderCreate` as plain data (JSON keys); accepted wherever the model is sent."""

    title: Required[str]
    description: str

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class RelatedWorkOrder(_m.BaseModel):
    """Another work order sharing the same incident/site ID.

    Example:
        {'id': 1004, 'title': 'Site A POS install (return visit)'}

    Attributes:
        id (int):
        title (str | None):
    """

    __slots__ = ()

    def __init__(self, *, id: int, title: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("title", title)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"id": _m.Field(_m.INT, True, False), "title": _m.Field(_m.STR, False, False)}

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
    def title(self) -> str | None:
        return cast("str | None", self._get("title"))

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)


class RelatedWorkOrderDict(TypedDict, total=False):
    """:class:`RelatedWorkOrder` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    title: str

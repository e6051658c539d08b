from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PreferredProviderGroupProviderIds(_m.BaseModel):
    """Ids of every provider in a preferred provider group, without pagination.

    Example:
        {'group_id': 13, 'results': [9001, 9002, 9017]}

    Attributes:
        results (list[int]):
        group_id (int | None):
    """

    __slots__ = ()

    def __init__(self, *, results: list[int], group_id: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("group_id", group_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"results": _m.Field(_m.List(_m.INT), True, False), "group_id": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[int]:
        return cast("list[int]", self._get("results"))

    @results.setter
    def results(self, value: list[int]) -> None:
        self._set("results", value)

    @property
    def group_id(self) -> int | None:
        return cast("int | None", self._get("group_id"))

    @group_id.setter
    def group_id(self, value: int | None) -> None:
        self._set("group_id", value)


class PreferredProviderGroupProviderIdsDict(TypedDict, total=False):
    """:class:`PreferredProviderGroupProviderIds` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[int]]
    group_id: int

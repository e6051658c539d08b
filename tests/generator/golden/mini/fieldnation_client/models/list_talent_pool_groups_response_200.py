from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination, CursorPaginationDict
    from ..models.talent_pool_group import TalentPoolGroup, TalentPoolGroupDict


class ListTalentPoolGroupsResponse200(_m.BaseModel):
    """
    Attributes:
        data (list[TalentPoolGroup]):
        pagination (CursorPagination):
    """

    __slots__ = ()

    def __init__(self, *, data: list[TalentPoolGroup], pagination: CursorPagination) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("data", data)
        self._set("pagination", pagination)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.talent_pool_group import TalentPoolGroup  # noqa: PLC0415

        return {
            "data": _m.Field(_m.List(_m.Model(TalentPoolGroup)), True, False),
            "pagination": _m.Field(_m.Model(CursorPagination), True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def data(self) -> list[TalentPoolGroup]:
        return cast("list[TalentPoolGroup]", self._get("data"))

    @data.setter
    def data(self, value: list[TalentPoolGroup]) -> None:
        self._set("data", value)

    @property
    def pagination(self) -> CursorPagination:
        return cast("CursorPagination", self._get("pagination"))

    @pagination.setter
    def pagination(self, value: CursorPagination) -> None:
        self._set("pagination", value)


class ListTalentPoolGroupsResponse200Dict(TypedDict, total=False):
    """:class:`ListTalentPoolGroupsResponse200` as plain data (JSON keys); accepted wherever the model is sent."""

    data: Required[list[TalentPoolGroup | TalentPoolGroupDict]]
    pagination: Required[CursorPagination | CursorPaginationDict]

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination, CursorPaginationDict
    from ..models.talent_pool_group import TalentPoolGroup, TalentPoolGroupDict


class TalentPoolGroupList(_m.BaseModel):
    """One page of talent pool groups.

    Example:
        {'data': [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'name': 'Spring POS Refresh -
            Midwest', 'project_id': 2201, 'display_name': 'Midwest POS Techs', 'tiers': [{'id': 1, 'name': 'Tier 1 -
            Premium'}], 'attributes': []}], 'pagination': {'next_cursor': None, 'prev_cursor': None, 'limit': 20,
            'has_next_page': False, 'has_prev_page': False}}

    Attributes:
        data (list[TalentPoolGroup]):
        pagination (CursorPagination | None): Pagination of the newer, UUID-based resources (`data` + `pagination`). The
            playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is
            the one field required.
    """

    __slots__ = ()

    def __init__(self, *, data: list[TalentPoolGroup], pagination: CursorPagination | Unset = UNSET) -> None:
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
            "pagination": _m.Field(_m.Model(CursorPagination), False, False),
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
    def pagination(self) -> CursorPagination | None:
        """Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show
        every field; the talent pool groups guide's example shows only `has_next_page`, so that is the one
        field required."""
        return cast("CursorPagination | None", self._get("pagination"))

    @pagination.setter
    def pagination(self, value: CursorPagination | None) -> None:
        self._set("pagination", value)


class TalentPoolGroupListDict(TypedDict, total=False):
    """:class:`TalentPoolGroupList` as plain data (JSON keys); accepted wherever the model is sent."""

    data: Required[list[TalentPoolGroup | TalentPoolGroupDict]]
    pagination: CursorPagination | CursorPaginationDict

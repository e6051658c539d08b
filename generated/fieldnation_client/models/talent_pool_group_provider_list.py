from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination, CursorPaginationDict
    from ..models.talent_pool_group_provider import TalentPoolGroupProvider, TalentPoolGroupProviderDict


class TalentPoolGroupProviderList(_m.BaseModel):
    """One page of the providers of a talent pool group.

    Example:
        {'data': [{'provider_id': 9001, 'name': 'Luis Ortega', 'tier': {'id': 2, 'name': 'Tier 2 - Standard'},
            'exists_in_multiple_talent_pool_groups': True}], 'pagination': {'next_cursor': None, 'prev_cursor': None,
            'limit': 20, 'has_next_page': False, 'has_prev_page': False}}

    Attributes:
        data (list[TalentPoolGroupProvider]):
        providers (list[TalentPoolGroupProvider] | None): Same items as `data`, as the playground example also returns
            them.
        pagination (CursorPagination | None): Pagination of the newer, UUID-based resources (`data` + `pagination`). The
            playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is
            the one field required.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        data: list[TalentPoolGroupProvider],
        providers: list[TalentPoolGroupProvider] | Unset = UNSET,
        pagination: CursorPagination | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("data", data)
        self._set("providers", providers)
        self._set("pagination", pagination)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.talent_pool_group_provider import TalentPoolGroupProvider  # noqa: PLC0415

        return {
            "data": _m.Field(_m.List(_m.Model(TalentPoolGroupProvider)), True, False),
            "providers": _m.Field(_m.List(_m.Model(TalentPoolGroupProvider)), False, False),
            "pagination": _m.Field(_m.Model(CursorPagination), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def data(self) -> list[TalentPoolGroupProvider]:
        return cast("list[TalentPoolGroupProvider]", self._get("data"))

    @data.setter
    def data(self, value: list[TalentPoolGroupProvider]) -> None:
        self._set("data", value)

    @property
    def providers(self) -> list[TalentPoolGroupProvider] | None:
        """Same items as `data`, as the playground example also returns them."""
        return cast("list[TalentPoolGroupProvider] | None", self._get("providers"))

    @providers.setter
    def providers(self, value: list[TalentPoolGroupProvider] | None) -> None:
        self._set("providers", value)

    @property
    def pagination(self) -> CursorPagination | None:
        """Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show
        every field; the talent pool groups guide's example shows only `has_next_page`, so that is the one
        field required."""
        return cast("CursorPagination | None", self._get("pagination"))

    @pagination.setter
    def pagination(self, value: CursorPagination | None) -> None:
        self._set("pagination", value)


class TalentPoolGroupProviderListDict(TypedDict, total=False):
    """:class:`TalentPoolGroupProviderList` as plain data (JSON keys); accepted wherever the model is sent."""

    data: Required[list[TalentPoolGroupProvider | TalentPoolGroupProviderDict]]
    providers: list[TalentPoolGroupProvider | TalentPoolGroupProviderDict]
    pagination: CursorPagination | CursorPaginationDict

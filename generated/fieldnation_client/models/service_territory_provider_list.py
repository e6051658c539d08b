from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination, CursorPaginationDict
    from ..models.service_territory_provider import ServiceTerritoryProvider, ServiceTerritoryProviderDict


class ServiceTerritoryProviderList(_m.BaseModel):
    """One page of the providers of a service territory.

    Example:
        {'data': [{'provider_id': 9001, 'name': 'Luis Ortega', 'tier': {'id': 3, 'name': 'Primary coverage'},
            'exists_in_multiple_talent_pool_groups': True}], 'pagination': {'next_cursor': None, 'prev_cursor': None,
            'limit': 20, 'has_next_page': False, 'has_prev_page': False}}

    Attributes:
        data (list[ServiceTerritoryProvider]):
        pagination (CursorPagination): Pagination of the newer, UUID-based resources (`data` + `pagination`). The
            playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is
            the one field required.
        providers (list[ServiceTerritoryProvider] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        data: list[ServiceTerritoryProvider],
        pagination: CursorPagination,
        providers: list[ServiceTerritoryProvider] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("data", data)
        self._set("pagination", pagination)
        self._set("providers", providers)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.service_territory_provider import ServiceTerritoryProvider  # noqa: PLC0415

        return {
            "data": _m.Field(_m.List(_m.Model(ServiceTerritoryProvider)), True, False),
            "pagination": _m.Field(_m.Model(CursorPagination), True, False),
            "providers": _m.Field(_m.List(_m.Model(ServiceTerritoryProvider)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def data(self) -> list[ServiceTerritoryProvider]:
        return cast("list[ServiceTerritoryProvider]", self._get("data"))

    @data.setter
    def data(self, value: list[ServiceTerritoryProvider]) -> None:
        self._set("data", value)

    @property
    def pagination(self) -> CursorPagination:
        """Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show
        every field; the talent pool groups guide's example shows only `has_next_page`, so that is the one
        field required."""
        return cast("CursorPagination", self._get("pagination"))

    @pagination.setter
    def pagination(self, value: CursorPagination) -> None:
        self._set("pagination", value)

    @property
    def providers(self) -> list[ServiceTerritoryProvider] | None:
        return cast("list[ServiceTerritoryProvider] | None", self._get("providers"))

    @providers.setter
    def providers(self, value: list[ServiceTerritoryProvider] | None) -> None:
        self._set("providers", value)


class ServiceTerritoryProviderListDict(TypedDict, total=False):
    """:class:`ServiceTerritoryProviderList` as plain data (JSON keys); accepted wherever the model is sent."""

    data: Required[list[ServiceTerritoryProvider | ServiceTerritoryProviderDict]]
    pagination: Required[CursorPagination | CursorPaginationDict]
    providers: list[ServiceTerritoryProvider | ServiceTerritoryProviderDict]

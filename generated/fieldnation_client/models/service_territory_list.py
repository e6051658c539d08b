from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination, CursorPaginationDict
    from ..models.service_territory import ServiceTerritory, ServiceTerritoryDict


class ServiceTerritoryList(_m.BaseModel):
    """One page of service territories. The playground's cursor envelope is `data` + `pagination`; the guide's example
    answers `results`. Both are described and neither is required; the local sandbox sends `data` + `pagination`.

        Example:
            {'data': [{'id': '3f6c2a8e-5d41-4c7b-9e12-7a0b4d9c8e21', 'service_territory_id': '14', 'name': 'Southwest
                Territory', 'project_id': 2201, 'provider_count': 12}], 'pagination': {'next_cursor': None, 'prev_cursor': None,
                'limit': 20, 'has_next_page': False, 'has_prev_page': False}}

        Attributes:
            data (list[ServiceTerritory] | None):
            results (list[ServiceTerritory] | None): The items, under the name the guide's example uses.
            pagination (CursorPagination | None): Pagination of the newer, UUID-based resources (`data` + `pagination`). The
                playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is
                the one field required.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        data: list[ServiceTerritory] | Unset = UNSET,
        results: list[ServiceTerritory] | Unset = UNSET,
        pagination: CursorPagination | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("data", data)
        self._set("results", results)
        self._set("pagination", pagination)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.service_territory import ServiceTerritory  # noqa: PLC0415

        return {
            "data": _m.Field(_m.List(_m.Model(ServiceTerritory)), False, False),
            "results": _m.Field(_m.List(_m.Model(ServiceTerritory)), False, False),
            "pagination": _m.Field(_m.Model(CursorPagination), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def data(self) -> list[ServiceTerritory] | None:
        return cast("list[ServiceTerritory] | None", self._get("data"))

    @data.setter
    def data(self, value: list[ServiceTerritory] | None) -> None:
        self._set("data", value)

    @property
    def results(self) -> list[ServiceTerritory] | None:
        """The items, under the name the guide's example uses."""
        return cast("list[ServiceTerritory] | None", self._get("results"))

    @results.setter
    def results(self, value: list[ServiceTerritory] | None) -> None:
        self._set("results", value)

    @property
    def pagination(self) -> CursorPagination | None:
        """Pagination of the newer, UUID-based resources (`data` + `pagination`). The playground pages show
        every field; the talent pool groups guide's example shows only `has_next_page`, so that is the one
        field required."""
        return cast("CursorPagination | None", self._get("pagination"))

    @pagination.setter
    def pagination(self, value: CursorPagination | None) -> None:
        self._set("pagination", value)


class ServiceTerritoryListDict(TypedDict, total=False):
    """:class:`ServiceTerritoryList` as plain data (JSON keys); accepted wherever the model is sent."""

    data: list[ServiceTerritory | ServiceTerritoryDict]
    results: list[ServiceTerritory | ServiceTerritoryDict]
    pagination: CursorPagination | CursorPaginationDict

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination, CursorPaginationDict
    from ..models.provider_attribute import ProviderAttribute, ProviderAttributeDict


class ProviderAttributeList(_m.BaseModel):
    """One page of a provider's attributes.

    Example:
        {'data': [{'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'name': 'pay_rate',
            'value': '65.00'}], 'pagination': {'next_cursor': None, 'prev_cursor': None, 'limit': 20, 'has_next_page':
            False, 'has_prev_page': False}}

    Attributes:
        data (list[ProviderAttribute]):
        pagination (CursorPagination): Pagination of the newer, UUID-based resources (`data` + `pagination`). The
            playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is
            the one field required.
    """

    __slots__ = ()

    def __init__(self, *, data: list[ProviderAttribute], pagination: CursorPagination) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("data", data)
        self._set("pagination", pagination)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.provider_attribute import ProviderAttribute  # noqa: PLC0415

        return {
            "data": _m.Field(_m.List(_m.Model(ProviderAttribute)), True, False),
            "pagination": _m.Field(_m.Model(CursorPagination), True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def data(self) -> list[ProviderAttribute]:
        return cast("list[ProviderAttribute]", self._get("data"))

    @data.setter
    def data(self, value: list[ProviderAttribute]) -> None:
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


class ProviderAttributeListDict(TypedDict, total=False):
    """:class:`ProviderAttributeList` as plain data (JSON keys); accepted wherever the model is sent."""

    data: Required[list[ProviderAttribute | ProviderAttributeDict]]
    pagination: Required[CursorPagination | CursorPaginationDict]

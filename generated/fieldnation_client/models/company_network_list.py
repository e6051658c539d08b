from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_network import CompanyNetwork, CompanyNetworkDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CompanyNetworkList(_m.BaseModel):
    """List answered by `GET /company/networks`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 8, 'name': 'Acme Preferred
            Techs', 'access': ['active']}]}

    Attributes:
        results (list[CompanyNetwork]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
    """

    __slots__ = ()

    def __init__(self, *, results: list[CompanyNetwork], metadata: ListMetadata | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_network import CompanyNetwork  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(CompanyNetwork)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CompanyNetwork]:
        return cast("list[CompanyNetwork]", self._get("results"))

    @results.setter
    def results(self, value: list[CompanyNetwork]) -> None:
        self._set("results", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)


class CompanyNetworkListDict(TypedDict, total=False):
    """:class:`CompanyNetworkList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[CompanyNetwork | CompanyNetworkDict]]
    metadata: ListMetadata | ListMetadataDict

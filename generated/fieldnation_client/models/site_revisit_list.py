from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.site_revisit import SiteRevisit, SiteRevisitDict


class SiteRevisitList(_m.BaseModel):
    """Return visits of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 13, 'reason': {'id': 10,
                'name': 'Parts not delivered'}, 'is_billable': False, 'scheduled': {'utc': '2026-07-03 14:00:00'}, 'status':
                'scheduled', 'created': {'utc': '2026-07-01 16:00:00'}}], 'count': 1}

        Attributes:
            results (list[SiteRevisit]): Newest first in the local sandbox (its convention); Field Nation does not document
                the order of this list.
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            count (int | None): Number of revisits of the work order.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[SiteRevisit],
        metadata: ListMetadata | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("count", count)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.site_revisit import SiteRevisit  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(SiteRevisit)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "count": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[SiteRevisit]:
        """Newest first in the local sandbox (its convention); Field Nation does not document the order of this
        list."""
        return cast("list[SiteRevisit]", self._get("results"))

    @results.setter
    def results(self, value: list[SiteRevisit]) -> None:
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

    @property
    def count(self) -> int | None:
        """Number of revisits of the work order."""
        return cast("int | None", self._get("count"))

    @count.setter
    def count(self, value: int | None) -> None:
        self._set("count", value)


class SiteRevisitListDict(TypedDict, total=False):
    """:class:`SiteRevisitList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[SiteRevisit | SiteRevisitDict]]
    metadata: ListMetadata | ListMetadataDict
    count: int

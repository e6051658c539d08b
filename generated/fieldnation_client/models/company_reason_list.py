from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_reason import CompanyReason, CompanyReasonDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CompanyReasonList(_m.BaseModel):
    """Answer of `GET /company/{company_id}/site-revisit-reasons` and (current guide) of `GET
    /company/{company_id}/reasons/incomplete`.

        Example:
            {'results': [{'id': 10, 'name': 'Additional parts needed'}, {'id': 11, 'name': 'Customer requested callback'}]}

        Attributes:
            results (list[CompanyReason]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
    """

    __slots__ = ()

    def __init__(self, *, results: list[CompanyReason], metadata: ListMetadata | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_reason import CompanyReason  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(CompanyReason)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CompanyReason]:
        return cast("list[CompanyReason]", self._get("results"))

    @results.setter
    def results(self, value: list[CompanyReason]) -> None:
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


class CompanyReasonListDict(TypedDict, total=False):
    """:class:`CompanyReasonList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[CompanyReason | CompanyReasonDict]]
    metadata: ListMetadata | ListMetadataDict

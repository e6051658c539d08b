from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.signature import Signature, SignatureDict


class SignatureList(_m.BaseModel):
    """The signatures of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 4401, 'name': 'Jordan
                Blake', 'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'author':
                {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'created': {'utc': '2026-07-01 17:05:00'}, 'actions':
                ['delete']}], 'actions': ['add']}

        Attributes:
            results (list[Signature]): Newest first in the local sandbox (its convention); Field Nation does not document
                the order of this list.
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            correlation_id (str | None):
            actions (list[str] | None): What the caller may do with the list.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Signature],
        metadata: ListMetadata | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.signature import Signature  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Signature)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Signature]:
        """Newest first in the local sandbox (its convention); Field Nation does not document the order of this
        list."""
        return cast("list[Signature]", self._get("results"))

    @results.setter
    def results(self, value: list[Signature]) -> None:
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
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with the list."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class SignatureListDict(TypedDict, total=False):
    """:class:`SignatureList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Signature | SignatureDict]]
    metadata: ListMetadata | ListMetadataDict
    correlation_id: str
    actions: list[str]

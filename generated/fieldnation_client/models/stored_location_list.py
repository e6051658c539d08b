from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.stored_location import StoredLocation, StoredLocationDict


class StoredLocationList(_m.BaseModel):
    """One page of active saved locations.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 16326, 'name': 'New Saved
            Location', 'display_name': 'ABC Corp', 'address1': '123 Main Street', 'city': 'Phoenix', 'state': 'AZ', 'zip':
            '85001', 'country': 'US', 'active': True}]}

    Attributes:
        results (list[StoredLocation]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[StoredLocation],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.stored_location import StoredLocation  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(StoredLocation)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[StoredLocation]:
        return cast("list[StoredLocation]", self._get("results"))

    @results.setter
    def results(self, value: list[StoredLocation]) -> None:
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
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class StoredLocationListDict(TypedDict, total=False):
    """:class:`StoredLocationList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[StoredLocation | StoredLocationDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[str]

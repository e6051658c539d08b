from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.shipment_list_actions_item import ShipmentListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.shipment import Shipment, ShipmentDict


class ShipmentList(_m.BaseModel):
    """Shipments of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 216, 'name': 'Replacement
                POS terminal', 'direction': 'to site', 'carrier': {'name': 'fedex', 'tracking': '123456789012'}, 'created':
                {'utc': '2026-06-28 15:20:00'}, 'status': 'En Route', 'actions': ['edit', 'delete']}], 'actions': ['add']}

        Attributes:
            results (list[Shipment]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            correlation_id (str | None):
            actions (list[ShipmentListActionsItem] | None): What the caller may do with the list.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Shipment],
        metadata: ListMetadata | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[ShipmentListActionsItem] | Unset = UNSET,
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
        from ..models.shipment import Shipment  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Shipment)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.Enum(ShipmentListActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Shipment]:
        """Newest first in the local sandbox (its convention); Field Nation does not document the order of this
        list."""
        return cast("list[Shipment]", self._get("results"))

    @results.setter
    def results(self, value: list[Shipment]) -> None:
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
    def actions(self) -> list[ShipmentListActionsItem] | None:
        """What the caller may do with the list."""
        return cast("list[ShipmentListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ShipmentListActionsItem] | None) -> None:
        self._set("actions", value)


class ShipmentListDict(TypedDict, total=False):
    """:class:`ShipmentList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Shipment | ShipmentDict]]
    metadata: ListMetadata | ListMetadataDict
    correlation_id: str
    actions: list[ShipmentListActionsItem | str]

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.bundle_actions_item import BundleActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundled_work_order import BundledWorkOrder, BundledWorkOrderDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class Bundle(_m.BaseModel):
    """A bundle: several work orders a single provider takes together. The work order embeds it under `bundle`.

    Example:
        {'id': 311, 'metadata': {'total': 3, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1001, 'title':
            'Site A POS install'}, {'id': 1002, 'title': 'Site B POS install'}, {'id': 1003, 'title': 'Site C POS
            install'}], 'actions': ['view']}

    Attributes:
        id (int):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[BundledWorkOrder] | None): The bundled work orders.
        actions (list[BundleActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        metadata: ListMetadata | Unset = UNSET,
        results: list[BundledWorkOrder] | Unset = UNSET,
        actions: list[BundleActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.bundled_work_order import BundledWorkOrder  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "results": _m.Field(_m.List(_m.Model(BundledWorkOrder)), False, False),
            "actions": _m.Field(_m.List(_m.Enum(BundleActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

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
    def results(self) -> list[BundledWorkOrder] | None:
        """The bundled work orders."""
        return cast("list[BundledWorkOrder] | None", self._get("results"))

    @results.setter
    def results(self, value: list[BundledWorkOrder] | None) -> None:
        self._set("results", value)

    @property
    def actions(self) -> list[BundleActionsItem] | None:
        return cast("list[BundleActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[BundleActionsItem] | None) -> None:
        self._set("actions", value)


class BundleDict(TypedDict, total=False):
    """:class:`Bundle` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    metadata: ListMetadata | ListMetadataDict
    results: list[BundledWorkOrder | BundledWorkOrderDict]
    actions: list[BundleActionsItem | str]

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.work_order import WorkOrder, WorkOrderDict


class WorkOrderList(_m.BaseModel):
    """A page of work orders (`metadata` + `results`), each holding the requested `columns`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25, 'list': 'workorders_all', 'view': 'list',
            'sort': 'id', 'order': 'desc'}, 'results': [{'id': 1001, 'title': 'Replace POS terminal at store 42', 'status':
            {'id': 2, 'name': 'Published', 'display': 'Published'}, 'type_of_work': {'id': 62, 'name': 'Point of Sale'},
            'company': {'id': 501, 'name': 'Acme Field Services'}}]}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[WorkOrder]):
        actions (list[str] | None): Actions the caller may take on the list (`add`, ...).
        correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[WorkOrder],
        actions: list[str] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("actions", actions)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.work_order import WorkOrder  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(WorkOrder)), True, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def metadata(self) -> ListMetadata:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata) -> None:
        self._set("metadata", value)

    @property
    def results(self) -> list[WorkOrder]:
        return cast("list[WorkOrder]", self._get("results"))

    @results.setter
    def results(self, value: list[WorkOrder]) -> None:
        self._set("results", value)

    @property
    def actions(self) -> list[str] | None:
        """Actions the caller may take on the list (`add`, ...)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class WorkOrderListDict(TypedDict, total=False):
    """:class:`WorkOrderList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[WorkOrder | WorkOrderDict]]
    actions: list[str]
    correlation_id: str

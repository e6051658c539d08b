from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.work_order_type_of_work import WorkOrderTypeOfWork, WorkOrderTypeOfWorkDict


class WorkOrderTypesOfWorkList(_m.BaseModel):
    """The list-envelope form of a work order's types of work.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 62, 'name': 'Point of
            Sale', 'isPrimary': True}]}

    Attributes:
        results (list[WorkOrderTypeOfWork]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[WorkOrderTypeOfWork],
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
        from ..models.work_order_type_of_work import WorkOrderTypeOfWork  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(WorkOrderTypeOfWork)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[WorkOrderTypeOfWork]:
        return cast("list[WorkOrderTypeOfWork]", self._get("results"))

    @results.setter
    def results(self, value: list[WorkOrderTypeOfWork]) -> None:
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


class WorkOrderTypesOfWorkListDict(TypedDict, total=False):
    """:class:`WorkOrderTypesOfWorkList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[WorkOrderTypeOfWork | WorkOrderTypeOfWorkDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[str]

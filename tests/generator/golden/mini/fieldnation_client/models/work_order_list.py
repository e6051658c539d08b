from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.work_order import WorkOrder, WorkOrderDict


class WorkOrderList(_m.BaseModel):
    """
    Attributes:
        metadata (ListMetadata):
        results (list[WorkOrder]):
    """

    __slots__ = ()

    def __init__(self, *, metadata: ListMetadata, results: list[WorkOrder]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.work_order import WorkOrder  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(WorkOrder)), True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def metadata(self) -> ListMetadata:
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


class WorkOrderListDict(TypedDict, total=False):
    """:class:`WorkOrderList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[WorkOrder | WorkOrderDict]]

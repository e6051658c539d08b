from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName, IdNameDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.work_order_networks_active import WorkOrderNetworksActive, WorkOrderNetworksActiveDict


class WorkOrderNetworks(_m.BaseModel):
    """Networks (talent pools) the work order is offered in, and the active one.

    Example:
        {'results': [{'id': 12, 'name': 'Preferred POS technicians'}], 'active': {'id': 12, 'name': 'Preferred POS
            technicians', 'type': 'standard'}}

    Attributes:
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None):
        results (list[IdName] | None):
        active (WorkOrderNetworksActive | None): The network currently in use.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        results: list[IdName] | Unset = UNSET,
        active: WorkOrderNetworksActive | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("actions", actions)
        self._set("results", results)
        self._set("active", active)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.work_order_networks_active import WorkOrderNetworksActive  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "results": _m.Field(_m.List(_m.Model(IdName)), False, False),
            "active": _m.Field(_m.Model(WorkOrderNetworksActive), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

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

    @property
    def results(self) -> list[IdName] | None:
        return cast("list[IdName] | None", self._get("results"))

    @results.setter
    def results(self, value: list[IdName] | None) -> None:
        self._set("results", value)

    @property
    def active(self) -> WorkOrderNetworksActive | None:
        """The network currently in use."""
        return cast("WorkOrderNetworksActive | None", self._get("active"))

    @active.setter
    def active(self, value: WorkOrderNetworksActive | None) -> None:
        self._set("active", value)


class WorkOrderNetworksDict(TypedDict, total=False):
    """:class:`WorkOrderNetworks` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: ListMetadata | ListMetadataDict
    actions: list[str]
    results: list[IdName | IdNameDict]
    active: WorkOrderNetworksActive | WorkOrderNetworksActiveDict

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_selection_rule import WorkOrderSelectionRule, WorkOrderSelectionRuleDict


class WorkOrderMassRouteRequest(_m.BaseModel):
    """Providers to route the work order to in one request: a list of provider ids, or a talent pool whose members all
    receive the route. The routing runs as a background job.

        Example:
            {'ids': [9001, 9002, 9003]}

        Attributes:
            ids (list[int] | None): Provider (user) ids to route to.
            talent_pool_id (int | None): Talent pool (preferred provider group) whose providers all receive the route.
            selection_rule (WorkOrderSelectionRule | None): Rules the providers must meet to receive the route ("When
                routing, you can apply Selection Rules to filter providers", lifecycle guide).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        ids: list[int] | Unset = UNSET,
        talent_pool_id: int | Unset = UNSET,
        selection_rule: WorkOrderSelectionRule | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("ids", ids)
        self._set("talent_pool_id", talent_pool_id)
        self._set("selection_rule", selection_rule)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_selection_rule import WorkOrderSelectionRule  # noqa: PLC0415

        return {
            "ids": _m.Field(_m.List(_m.INT), False, False),
            "talent_pool_id": _m.Field(_m.INT, False, False),
            "selection_rule": _m.Field(_m.Model(WorkOrderSelectionRule), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def ids(self) -> list[int] | None:
        """Provider (user) ids to route to."""
        return cast("list[int] | None", self._get("ids"))

    @ids.setter
    def ids(self, value: list[int] | None) -> None:
        self._set("ids", value)

    @property
    def talent_pool_id(self) -> int | None:
        """Talent pool (preferred provider group) whose providers all receive the route."""
        return cast("int | None", self._get("talent_pool_id"))

    @talent_pool_id.setter
    def talent_pool_id(self, value: int | None) -> None:
        self._set("talent_pool_id", value)

    @property
    def selection_rule(self) -> WorkOrderSelectionRule | None:
        """Rules the providers must meet to receive the route ("When routing, you can apply Selection Rules to
        filter providers", lifecycle guide)."""
        return cast("WorkOrderSelectionRule | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: WorkOrderSelectionRule | None) -> None:
        self._set("selection_rule", value)


class WorkOrderMassRouteRequestDict(TypedDict, total=False):
    """:class:`WorkOrderMassRouteRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    ids: list[int]
    talent_pool_id: int
    selection_rule: WorkOrderSelectionRule | WorkOrderSelectionRuleDict

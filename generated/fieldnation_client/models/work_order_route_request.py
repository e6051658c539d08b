from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.work_order_selection_rule import WorkOrderSelectionRule, WorkOrderSelectionRuleDict


class WorkOrderRouteRequest(_m.BaseModel):
    """The provider to route the work order to (or to remove from its routes). The reference and playground name the
    provider `technician`; `user` is accepted as well, as the assignment endpoints use that key.

        Example:
            {'technician': {'id': 9001}}

        Attributes:
            technician (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            user (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            selection_rule (WorkOrderSelectionRule | None): Rules the providers must meet to receive the route ("When
                routing, you can apply Selection Rules to filter providers", lifecycle guide).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        technician: IdRef | Unset = UNSET,
        user: IdRef | Unset = UNSET,
        selection_rule: WorkOrderSelectionRule | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("technician", technician)
        self._set("user", user)
        self._set("selection_rule", selection_rule)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.work_order_selection_rule import WorkOrderSelectionRule  # noqa: PLC0415

        return {
            "technician": _m.Field(_m.Model(IdRef), False, False),
            "user": _m.Field(_m.Model(IdRef), False, False),
            "selection_rule": _m.Field(_m.Model(WorkOrderSelectionRule), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def technician(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("technician"))

    @technician.setter
    def technician(self, value: IdRef | None) -> None:
        self._set("technician", value)

    @property
    def user(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("user"))

    @user.setter
    def user(self, value: IdRef | None) -> None:
        self._set("user", value)

    @property
    def selection_rule(self) -> WorkOrderSelectionRule | None:
        """Rules the providers must meet to receive the route ("When routing, you can apply Selection Rules to
        filter providers", lifecycle guide)."""
        return cast("WorkOrderSelectionRule | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: WorkOrderSelectionRule | None) -> None:
        self._set("selection_rule", value)


class WorkOrderRouteRequestDict(TypedDict, total=False):
    """:class:`WorkOrderRouteRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    technician: IdRef | IdRefDict
    user: IdRef | IdRefDict
    selection_rule: WorkOrderSelectionRule | WorkOrderSelectionRuleDict

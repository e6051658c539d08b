from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.work_order_assign_request_conflicts_item import (
        WorkOrderAssignRequestConflictsItem,
        WorkOrderAssignRequestConflictsItemDict,
    )


class WorkOrderAssignRequest(_m.BaseModel):
    """The provider to assign directly. Assigning creates the contract with the provider and commits the work order's
    funds.

        Example:
            {'user': {'id': 9001}, 'ignored_missing_qualifications': False}

        Attributes:
            user (IdRef): A reference sent in request bodies (`{"id": 62}`).
            ignored_missing_qualifications (bool | None): Assign even if the provider lacks some of the work order's
                qualifications.
            conflicts (list[WorkOrderAssignRequestConflictsItem] | None): Schedule conflicts of the provider that the caller
                acknowledges.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        user: IdRef,
        ignored_missing_qualifications: bool | Unset = False,
        conflicts: list[WorkOrderAssignRequestConflictsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("user", user)
        self._set("ignored_missing_qualifications", ignored_missing_qualifications)
        self._set("conflicts", conflicts)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.work_order_assign_request_conflicts_item import WorkOrderAssignRequestConflictsItem  # noqa: PLC0415

        return {
            "user": _m.Field(_m.Model(IdRef), True, False),
            "ignored_missing_qualifications": _m.Field(_m.BOOL, False, False),
            "conflicts": _m.Field(_m.List(_m.Model(WorkOrderAssignRequestConflictsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def user(self) -> IdRef:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef", self._get("user"))

    @user.setter
    def user(self, value: IdRef) -> None:
        self._set("user", value)

    @property
    def ignored_missing_qualifications(self) -> bool | None:
        """Assign even if the provider lacks some of the work order's qualifications."""
        return cast("bool | None", self._get("ignored_missing_qualifications"))

    @ignored_missing_qualifications.setter
    def ignored_missing_qualifications(self, value: bool | None) -> None:
        self._set("ignored_missing_qualifications", value)

    @property
    def conflicts(self) -> list[WorkOrderAssignRequestConflictsItem] | None:
        """Schedule conflicts of the provider that the caller acknowledges."""
        return cast("list[WorkOrderAssignRequestConflictsItem] | None", self._get("conflicts"))

    @conflicts.setter
    def conflicts(self, value: list[WorkOrderAssignRequestConflictsItem] | None) -> None:
        self._set("conflicts", value)


class WorkOrderAssignRequestDict(TypedDict, total=False):
    """:class:`WorkOrderAssignRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    user: Required[IdRef | IdRefDict]
    ignored_missing_qualifications: bool
    conflicts: list[WorkOrderAssignRequestConflictsItem | WorkOrderAssignRequestConflictsItemDict]

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.work_order_status_id import WorkOrderStatusId
from ..models.work_order_status_name import WorkOrderStatusName
from ..types import UNSET, Unset


class WorkOrderStatus(_m.BaseModel):
    """The work order's lifecycle status. `id`/`name` give the primary status: 1 Draft, 2 Published, 9 Routed, 3 Assigned,
    4 Work Done, 5 Approved, 6 Paid, 7 Cancelled, 8 Deleted. While assigned, `sub_status` and `display` add detail
    (`Assigned: On My Way`, `Assigned: Delayed`, `Assigned: At Risk`, checked in/out, on hold, ...). "In Progress" in
    the guides is an Assigned work order whose provider is on the way or checked in.

        Example:
            {'id': 3, 'name': 'Assigned', 'display': 'Assigned: On My Way', 'code': 'on_my_way', 'sub_status': 'on_my_way',
                'is_routed': False, 'delay': 0, 'ncns': False, 'confirmed': True, 'correlation_id':
                '6f1b2c3d-0a9e-4b7c-8d5e-1f2a3b4c5d6e'}

        Attributes:
            id (WorkOrderStatusId): Primary status id.
            name (WorkOrderStatusName): Primary status name.
            display (str | None): Status and sub-status as shown in the UI (`Assigned: Delayed`).
            code (str | None): Machine code of the most specific state (`on_my_way`, `delayed`, `at_risk`, ...).
            sub_status (str | None): Sub-status while Assigned; empty otherwise.
            is_routed (bool | None): Whether the work order has been routed to one or more providers.
            delay (int | None): How late the provider reported to be, in seconds.
            ncns (bool | None): The provider was a no-call/no-show.
            confirmed (bool | None): The provider confirmed the assignment.
            correlation_id (str | None): Request id to quote to support.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: WorkOrderStatusId,
        name: WorkOrderStatusName,
        display: str | Unset = UNSET,
        code: str | Unset = UNSET,
        sub_status: str | Unset = UNSET,
        is_routed: bool | Unset = UNSET,
        delay: int | Unset = UNSET,
        ncns: bool | Unset = UNSET,
        confirmed: bool | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("display", display)
        self._set("code", code)
        self._set("sub_status", sub_status)
        self._set("is_routed", is_routed)
        self._set("delay", delay)
        self._set("ncns", ncns)
        self._set("confirmed", confirmed)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Enum(WorkOrderStatusId), True, False),
            "name": _m.Field(_m.Enum(WorkOrderStatusName), True, False),
            "display": _m.Field(_m.STR, False, False),
            "code": _m.Field(_m.STR, False, False),
            "sub_status": _m.Field(_m.STR, False, False),
            "is_routed": _m.Field(_m.BOOL, False, False),
            "delay": _m.Field(_m.INT, False, False),
            "ncns": _m.Field(_m.BOOL, False, False),
            "confirmed": _m.Field(_m.BOOL, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> WorkOrderStatusId:
        """Primary status id."""
        return cast("WorkOrderStatusId", self._get("id"))

    @id.setter
    def id(self, value: WorkOrderStatusId) -> None:
        self._set("id", value)

    @property
    def name(self) -> WorkOrderStatusName:
        """Primary status name."""
        return cast("WorkOrderStatusName", self._get("name"))

    @name.setter
    def name(self, value: WorkOrderStatusName) -> None:
        self._set("name", value)

    @property
    def display(self) -> str | None:
        """Status and sub-status as shown in the UI (`Assigned: Delayed`)."""
        return cast("str | None", self._get("display"))

    @display.setter
    def display(self, value: str | None) -> None:
        self._set("display", value)

    @property
    def code(self) -> str | None:
        """Machine code of the most specific state (`on_my_way`, `delayed`, `at_risk`, ...)."""
        return cast("str | None", self._get("code"))

    @code.setter
    def code(self, value: str | None) -> None:
        self._set("code", value)

    @property
    def sub_status(self) -> str | None:
        """Sub-status while Assigned; empty otherwise."""
        return cast("str | None", self._get("sub_status"))

    @sub_status.setter
    def sub_status(self, value: str | None) -> None:
        self._set("sub_status", value)

    @property
    def is_routed(self) -> bool | None:
        """Whether the work order has been routed to one or more providers."""
        return cast("bool | None", self._get("is_routed"))

    @is_routed.setter
    def is_routed(self, value: bool | None) -> None:
        self._set("is_routed", value)

    @property
    def delay(self) -> int | None:
        """How late the provider reported to be, in seconds."""
        return cast("int | None", self._get("delay"))

    @delay.setter
    def delay(self, value: int | None) -> None:
        self._set("delay", value)

    @property
    def ncns(self) -> bool | None:
        """The provider was a no-call/no-show."""
        return cast("bool | None", self._get("ncns"))

    @ncns.setter
    def ncns(self, value: bool | None) -> None:
        self._set("ncns", value)

    @property
    def confirmed(self) -> bool | None:
        """The provider confirmed the assignment."""
        return cast("bool | None", self._get("confirmed"))

    @confirmed.setter
    def confirmed(self, value: bool | None) -> None:
        self._set("confirmed", value)

    @property
    def correlation_id(self) -> str | None:
        """Request id to quote to support."""
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class WorkOrderStatusDict(TypedDict, total=False):
    """:class:`WorkOrderStatus` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[WorkOrderStatusId | int]
    name: Required[WorkOrderStatusName | str]
    display: str
    code: str
    sub_status: str
    is_routed: bool
    delay: int
    ncns: bool
    confirmed: bool
    correlation_id: str

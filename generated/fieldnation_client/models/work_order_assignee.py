from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_ref import UserRef, UserRefDict


class WorkOrderAssignee(_m.BaseModel):
    """The provider assigned to the work order, with the actions the caller may take on the assignment.

    Example:
        {'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'work_order_id': 1001, 'actions':
            ['unassign']}

    Attributes:
        user (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        role (str | None): Role of the assignee on the work order.
        work_order_id (int | None):
        status_id (int | None):
        reason_id (int | None): Reason given when the assignment was removed.
        comment (str | None):
        actions (list[str] | None):
        correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        user: UserRef | Unset = UNSET,
        role: str | Unset = UNSET,
        work_order_id: int | Unset = UNSET,
        status_id: int | Unset = UNSET,
        reason_id: int | Unset = UNSET,
        comment: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("user", user)
        self._set("role", role)
        self._set("work_order_id", work_order_id)
        self._set("status_id", status_id)
        self._set("reason_id", reason_id)
        self._set("comment", comment)
        self._set("actions", actions)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "user": _m.Field(_m.Model(UserRef), False, False),
            "role": _m.Field(_m.STR, False, False),
            "work_order_id": _m.Field(_m.INT, False, False),
            "status_id": _m.Field(_m.INT, False, False),
            "reason_id": _m.Field(_m.INT, False, False),
            "comment": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def user(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("user"))

    @user.setter
    def user(self, value: UserRef | None) -> None:
        self._set("user", value)

    @property
    def role(self) -> str | None:
        """Role of the assignee on the work order."""
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def work_order_id(self) -> int | None:
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def status_id(self) -> int | None:
        return cast("int | None", self._get("status_id"))

    @status_id.setter
    def status_id(self, value: int | None) -> None:
        self._set("status_id", value)

    @property
    def reason_id(self) -> int | None:
        """Reason given when the assignment was removed."""
        return cast("int | None", self._get("reason_id"))

    @reason_id.setter
    def reason_id(self, value: int | None) -> None:
        self._set("reason_id", value)

    @property
    def comment(self) -> str | None:
        return cast("str | None", self._get("comment"))

    @comment.setter
    def comment(self, value: str | None) -> None:
        self._set("comment", value)

    @property
    def actions(self) -> list[str] | None:
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


class WorkOrderAssigneeDict(TypedDict, total=False):
    """:class:`WorkOrderAssignee` as plain data (JSON keys); accepted wherever the model is sent."""

    user: UserRef | UserRefDict
    role: str
    work_order_id: int
    status_id: int
    reason_id: int
    comment: str
    actions: list[str]
    correlation_id: str

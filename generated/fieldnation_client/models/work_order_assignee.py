from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


class WorkOrderAssignee(_m.BaseModel):
    """The provider assigned to the work order, with the actions the caller may take on the assignment.

    Example:
        {'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'work_order_id': 1001, 'actions':
            ['unassign']}

    Attributes:
        user (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        role (Any): Role of the assignee on the work order.
        work_order_id (int | None):
        status_id (int | None):
        reason_id (int | None): Reason given when the assignment was removed.
        comment (Any):
        actions (list[Any] | None):
        correlation_id (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        user: UserRef | Unset = UNSET,
        role: Any = UNSET,
        work_order_id: int | Unset = UNSET,
        status_id: int | Unset = UNSET,
        reason_id: int | Unset = UNSET,
        comment: Any = UNSET,
        actions: list[Any] | Unset = UNSET,
        correlation_id: Any = UNSET,
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
            "role": _m.Field(_m.ANY, False, False),
            "work_order_id": _m.Field(_m.INT, False, False),
            "status_id": _m.Field(_m.INT, False, False),
            "reason_id": _m.Field(_m.INT, False, False),
            "comment": _m.Field(_m.ANY, False, False),
            "actions": _m.Field(_m.List(_m.ANY), False, False),
            "correlation_id": _m.Field(_m.ANY, False, False),
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
    def role(self) -> Any:
        """Role of the assignee on the work order."""
        return self._get("role")

    @role.setter
    def role(self, value: Any) -> None:
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
    def comment(self) -> Any:
        return self._get("comment")

    @comment.setter
    def comment(self, value: Any) -> None:
        self._set("comment", value)

    @property
    def actions(self) -> list[Any] | None:
        return cast("list[Any] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[Any] | None) -> None:
        self._set("actions", value)

    @property
    def correlation_id(self) -> Any:
        return self._get("correlation_id")

    @correlation_id.setter
    def correlation_id(self, value: Any) -> None:
        self._set("correlation_id", value)

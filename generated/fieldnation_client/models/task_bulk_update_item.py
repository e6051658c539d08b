from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_alert_input import TaskAlertInput, TaskAlertInputDict


class TaskBulkUpdateItem(_m.BaseModel):
    """One task in a bulk update, named by `id`; only the fields sent are changed.

    Example:
        {'id': 8609, 'status': 'complete'}

    Attributes:
        id (int):
        label (str | None):
        description (str | None):
        status (TaskStatus | None): Whether the provider has completed the task (what a request sets).
        alerts (list[TaskAlertInput] | None):
        phone (str | None):
        email (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: TaskStatus | Unset = UNSET,
        alerts: list[TaskAlertInput] | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("label", label)
        self._set("description", description)
        self._set("status", status)
        self._set("alerts", alerts)
        self._set("phone", phone)
        self._set("email", email)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.task_alert_input import TaskAlertInput  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "label": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Enum(TaskStatus), False, False),
            "alerts": _m.Field(_m.List(_m.Model(TaskAlertInput)), False, False),
            "phone": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def status(self) -> TaskStatus | None:
        """Whether the provider has completed the task (what a request sets)."""
        return cast("TaskStatus | None", self._get("status"))

    @status.setter
    def status(self, value: TaskStatus | None) -> None:
        self._set("status", value)

    @property
    def alerts(self) -> list[TaskAlertInput] | None:
        return cast("list[TaskAlertInput] | None", self._get("alerts"))

    @alerts.setter
    def alerts(self, value: list[TaskAlertInput] | None) -> None:
        self._set("alerts", value)

    @property
    def phone(self) -> str | None:
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def email(self) -> str | None:
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)


class TaskBulkUpdateItemDict(TypedDict, total=False):
    """:class:`TaskBulkUpdateItem` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    label: str
    description: str
    status: TaskStatus | str
    alerts: list[TaskAlertInput | TaskAlertInputDict]
    phone: str
    email: str

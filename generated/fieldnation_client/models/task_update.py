from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.task_alert_input import TaskAlertInput, TaskAlertInputDict
    from ..models.task_update_type import TaskUpdateType, TaskUpdateTypeDict


class TaskUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/tasks/{task_id}`. Only the fields sent are changed; `status: complete`
    completes the task.

        Example:
            {'label': 'Call Nancy for access instructions', 'alerts': [{'email': 'alerts@northstar-retail.example'}]}

        Attributes:
            type_ (TaskUpdateType | None):
            label (str | None):
            description (str | None):
            status (TaskStatus | None): Whether the provider has completed the task (what a request sets).
            completed (bool | None): The tasks guide's way to complete (`true`) or reopen (`false`) a task; the same as
                `status: complete` / `incomplete`.
            required (bool | None): Whether the provider must complete the task (the tasks guide's field).
            alerts (list[TaskAlertInput] | None):
            phone (str | None):
            email (str | None):
            custom_field (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            attachment (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            attachments (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: TaskUpdateType | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: TaskStatus | Unset = UNSET,
        completed: bool | Unset = UNSET,
        required: bool | Unset = UNSET,
        alerts: list[TaskAlertInput] | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        custom_field: IdRef | Unset = UNSET,
        attachment: IdRef | Unset = UNSET,
        attachments: IdRef | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("type", type_)
        self._set("label", label)
        self._set("description", description)
        self._set("status", status)
        self._set("completed", completed)
        self._set("required", required)
        self._set("alerts", alerts)
        self._set("phone", phone)
        self._set("email", email)
        self._set("custom_field", custom_field)
        self._set("attachment", attachment)
        self._set("attachments", attachments)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.task_alert_input import TaskAlertInput  # noqa: PLC0415
        from ..models.task_update_type import TaskUpdateType  # noqa: PLC0415

        return {
            "type": _m.Field(_m.Model(TaskUpdateType), False, False),
            "label": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Enum(TaskStatus), False, False),
            "completed": _m.Field(_m.BOOL, False, False),
            "required": _m.Field(_m.BOOL, False, False),
            "alerts": _m.Field(_m.List(_m.Model(TaskAlertInput)), False, False),
            "phone": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
            "custom_field": _m.Field(_m.Model(IdRef), False, False),
            "attachment": _m.Field(_m.Model(IdRef), False, False),
            "attachments": _m.Field(_m.Model(IdRef), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def type_(self) -> TaskUpdateType | None:
        return cast("TaskUpdateType | None", self._get("type"))

    @type_.setter
    def type_(self, value: TaskUpdateType | None) -> None:
        self._set("type", value)

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
    def completed(self) -> bool | None:
        """The tasks guide's way to complete (`true`) or reopen (`false`) a task; the same as `status:
        complete` / `incomplete`."""
        return cast("bool | None", self._get("completed"))

    @completed.setter
    def completed(self, value: bool | None) -> None:
        self._set("completed", value)

    @property
    def required(self) -> bool | None:
        """Whether the provider must complete the task (the tasks guide's field)."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

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

    @property
    def custom_field(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("custom_field"))

    @custom_field.setter
    def custom_field(self, value: IdRef | None) -> None:
        self._set("custom_field", value)

    @property
    def attachment(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("attachment"))

    @attachment.setter
    def attachment(self, value: IdRef | None) -> None:
        self._set("attachment", value)

    @property
    def attachments(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("attachments"))

    @attachments.setter
    def attachments(self, value: IdRef | None) -> None:
        self._set("attachments", value)


class TaskUpdateDict(TypedDict, total=False):
    """:class:`TaskUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    type: TaskUpdateType | TaskUpdateTypeDict
    label: str
    description: str
    status: TaskStatus | str
    completed: bool
    required: bool
    alerts: list[TaskAlertInput | TaskAlertInputDict]
    phone: str
    email: str
    custom_field: IdRef | IdRefDict
    attachment: IdRef | IdRefDict
    attachments: IdRef | IdRefDict

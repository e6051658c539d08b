from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.task_alert_input import TaskAlertInput, TaskAlertInputDict
    from ..models.task_input_group_type_0 import TaskInputGroupType0, TaskInputGroupType0Dict
    from ..models.task_input_type import TaskInputType, TaskInputTypeDict


class TaskInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/tasks`. Send the type-specific property the chosen type needs: `phone` for
    8, `email` for 9, `custom_field` for 7, `attachment` for 13, `attachments` (the folder) for 5 and 6.

        Example:
            {'group': {'id': 'post'}, 'type': {'id': 8}, 'label': 'Call the help desk to close the ticket', 'alerts':
                [{'email': 'alerts@northstar-retail.example'}], 'phone': '+1 480-555-1234'}

        Attributes:
            group (TaskInputGroupType0 | str): The phase, as `{id}` (older reference) or as a plain string (tasks guide).
            required (bool | None): Whether the provider must complete the task (the tasks guide's field).
            type_ (TaskInputType | None):
            label (str | None):
            description (str | None): Longer instructions (read-only in the legacy object docs, but sent by the playground).
            status (TaskStatus | None): Whether the provider has completed the task (what a request sets).
            alerts (list[TaskAlertInput] | None):
            phone (str | None): Number to call (type 8).
            email (str | None): Address to write to (type 9).
            custom_field (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            attachment (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            attachments (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        group: TaskInputGroupType0 | str,
        required: bool | Unset = UNSET,
        type_: TaskInputType | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: TaskStatus | Unset = UNSET,
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
        self._set("group", group)
        self._set("required", required)
        self._set("type", type_)
        self._set("label", label)
        self._set("description", description)
        self._set("status", status)
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
        from ..models.task_input_group_type_0 import TaskInputGroupType0  # noqa: PLC0415
        from ..models.task_input_type import TaskInputType  # noqa: PLC0415

        return {
            "group": _m.Field(_m.Union((_m.Model(TaskInputGroupType0), _m.STR)), True, False),
            "required": _m.Field(_m.BOOL, False, False),
            "type": _m.Field(_m.Model(TaskInputType), False, False),
            "label": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Enum(TaskStatus), False, False),
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
    def group(self) -> TaskInputGroupType0 | str:
        """The phase, as `{id}` (older reference) or as a plain string (tasks guide)."""
        return cast("TaskInputGroupType0 | str", self._get("group"))

    @group.setter
    def group(self, value: TaskInputGroupType0 | str) -> None:
        self._set("group", value)

    @property
    def required(self) -> bool | None:
        """Whether the provider must complete the task (the tasks guide's field)."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def type_(self) -> TaskInputType | None:
        return cast("TaskInputType | None", self._get("type"))

    @type_.setter
    def type_(self, value: TaskInputType | None) -> None:
        self._set("type", value)

    @property
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def description(self) -> str | None:
        """Longer instructions (read-only in the legacy object docs, but sent by the playground)."""
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
        """Number to call (type 8)."""
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def email(self) -> str | None:
        """Address to write to (type 9)."""
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


class TaskInputDict(TypedDict, total=False):
    """:class:`TaskInput` as plain data (JSON keys); accepted wherever the model is sent."""

    group: Required[TaskInputGroupType0 | TaskInputGroupType0Dict | str]
    required: bool
    type: TaskInputType | TaskInputTypeDict
    label: str
    description: str
    status: TaskStatus | str
    alerts: list[TaskAlertInput | TaskAlertInputDict]
    phone: str
    email: str
    custom_field: IdRef | IdRefDict
    attachment: IdRef | IdRefDict
    attachments: IdRef | IdRefDict

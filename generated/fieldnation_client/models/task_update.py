from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.task_alert_input import TaskAlertInput
    from ..models.task_update_type import TaskUpdateType


T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Body of `PUT /workorders/{work_order_id}/tasks/{task_id}`. Only the fields sent are changed; `status: complete`
    completes the task.

        Example:
            {'label': 'Call Nancy for access instructions', 'alerts': [{'email': 'alerts@northstar-retail.example'}]}

        Attributes:
            type_ (TaskUpdateType | Unset):
            label (str | Unset):
            description (str | Unset):
            status (TaskStatus | Unset): Whether the provider has completed the task. Example: incomplete.
            completed (bool | Unset): The tasks guide's way to complete (`true`) or reopen (`false`) a task; the same as
                `status: complete` / `incomplete`.
            required (bool | Unset): Whether the provider must complete the task (the tasks guide's field).
            alerts (list[TaskAlertInput] | Unset):
            phone (str | Unset):
            email (str | Unset):
            custom_field (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            attachment (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            attachments (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
    """

    type_: TaskUpdateType | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    completed: bool | Unset = UNSET
    required: bool | Unset = UNSET
    alerts: list[TaskAlertInput] | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    custom_field: IdRef | Unset = UNSET
    attachment: IdRef | Unset = UNSET
    attachments: IdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        label = self.label

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        completed = self.completed

        required = self.required

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        phone = self.phone

        email = self.email

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if completed is not UNSET:
            field_dict["completed"] = completed
        if required is not UNSET:
            field_dict["required"] = required
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.task_alert_input import TaskAlertInput  # noqa: PLC0415
        from ..models.task_update_type import TaskUpdateType  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TaskUpdateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskUpdateType.from_dict(_type_)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        completed = d.pop("completed", UNSET)

        required = d.pop("required", UNSET)

        _alerts = d.pop("alerts", UNSET)
        alerts: list[TaskAlertInput] | Unset = UNSET
        if _alerts is not UNSET:
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = TaskAlertInput.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: IdRef | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = IdRef.from_dict(_custom_field)

        _attachment = d.pop("attachment", UNSET)
        attachment: IdRef | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = IdRef.from_dict(_attachment)

        _attachments = d.pop("attachments", UNSET)
        attachments: IdRef | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = IdRef.from_dict(_attachments)

        task_update = cls(
            type_=type_,
            label=label,
            description=description,
            status=status,
            completed=completed,
            required=required,
            alerts=alerts,
            phone=phone,
            email=email,
            custom_field=custom_field,
            attachment=attachment,
            attachments=attachments,
        )

        task_update.additional_properties = d
        return task_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

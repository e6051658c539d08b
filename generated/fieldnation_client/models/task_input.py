from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.task_alert_input import TaskAlertInput
    from ..models.task_input_group_type_0 import TaskInputGroupType0
    from ..models.task_input_type import TaskInputType


T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput:
    """Body of `POST /workorders/{work_order_id}/tasks`. Send the type-specific property the chosen type needs: `phone` for
    8, `email` for 9, `custom_field` for 7, `attachment` for 13, `attachments` (the folder) for 5 and 6.

        Example:
            {'group': {'id': 'post'}, 'type': {'id': 8}, 'label': 'Call the help desk to close the ticket', 'alerts':
                [{'email': 'alerts@northstar-retail.example'}], 'phone': '+1 480-555-1234'}

        Attributes:
            group (str | TaskInputGroupType0): The phase, as `{id}` (older reference) or as a plain string (tasks guide).
            required (bool | Unset): Whether the provider must complete the task (the tasks guide's field).
            type_ (TaskInputType | Unset):
            label (str | Unset):
            description (str | Unset): Longer instructions (read-only in the legacy object docs, but sent by the
                playground).
            status (TaskStatus | Unset): Whether the provider has completed the task. Example: incomplete.
            alerts (list[TaskAlertInput] | Unset):
            phone (str | Unset): Number to call (type 8).
            email (str | Unset): Address to write to (type 9).
            custom_field (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            attachment (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            attachments (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
    """

    group: str | TaskInputGroupType0
    required: bool | Unset = UNSET
    type_: TaskInputType | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    alerts: list[TaskAlertInput] | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    custom_field: IdRef | Unset = UNSET
    attachment: IdRef | Unset = UNSET
    attachments: IdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_input_group_type_0 import TaskInputGroupType0  # noqa: PLC0415

        group: dict[str, Any] | str
        if isinstance(self.group, TaskInputGroupType0):
            group = self.group.to_dict()
        else:
            group = self.group

        required = self.required

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        label = self.label

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        field_dict.update({"group": group})
        if required is not UNSET:
            field_dict["required"] = required
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
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
        from ..models.task_input_group_type_0 import TaskInputGroupType0  # noqa: PLC0415
        from ..models.task_input_type import TaskInputType  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_group(data: object) -> str | TaskInputGroupType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = TaskInputGroupType0.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskInputGroupType0, data)

        group = _parse_group(d.pop("group"))

        required = d.pop("required", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TaskInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskInputType.from_dict(_type_)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

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

        task_input = cls(
            group=group,
            required=required,
            type_=type_,
            label=label,
            description=description,
            status=status,
            alerts=alerts,
            phone=phone,
            email=email,
            custom_field=custom_field,
            attachment=attachment,
            attachments=attachments,
        )

        task_input.additional_properties = d
        return task_input

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

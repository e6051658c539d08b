from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_alert_input import TaskAlertInput


T = TypeVar("T", bound="TaskBulkUpdateItem")


@_attrs_define
class TaskBulkUpdateItem:
    """One task in a bulk update, named by `id`; only the fields sent are changed.

    Example:
        {'id': 8609, 'status': 'complete'}

    Attributes:
        id (int):
        label (str | Unset):
        description (str | Unset):
        status (TaskStatus | Unset): Whether the provider has completed the task. Example: incomplete.
        alerts (list[TaskAlertInput] | Unset):
        phone (str | Unset):
        email (str | Unset):
    """

    id: int
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    alerts: list[TaskAlertInput] | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_alert_input import TaskAlertInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        task_bulk_update_item = cls(
            id=id,
            label=label,
            description=description,
            status=status,
            alerts=alerts,
            phone=phone,
            email=email,
        )

        task_bulk_update_item.additional_properties = d
        return task_bulk_update_item

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

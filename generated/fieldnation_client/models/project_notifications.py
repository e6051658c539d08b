from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_notification_text import ProjectNotificationText


T = TypeVar("T", bound="ProjectNotifications")


@_attrs_define
class ProjectNotifications:
    """Notification texts and channels configured for the project's work orders.

    Example:
        {'email_subject': {'manager': 'Work order assigned', 'provider': 'New assignment from Northstar Retail'}}

    Attributes:
        email_subject (ProjectNotificationText | Unset): One notification setting, worded separately for the manager and
            for the provider. Example: {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work
            order {id}.'}.
        email_body (ProjectNotificationText | Unset): One notification setting, worded separately for the manager and
            for the provider. Example: {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work
            order {id}.'}.
        digest_email (ProjectNotificationText | Unset): One notification setting, worded separately for the manager and
            for the provider. Example: {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work
            order {id}.'}.
        sms (ProjectNotificationText | Unset): One notification setting, worded separately for the manager and for the
            provider. Example: {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work order
            {id}.'}.
        notification (ProjectNotificationText | Unset): One notification setting, worded separately for the manager and
            for the provider. Example: {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work
            order {id}.'}.
    """

    email_subject: ProjectNotificationText | Unset = UNSET
    email_body: ProjectNotificationText | Unset = UNSET
    digest_email: ProjectNotificationText | Unset = UNSET
    sms: ProjectNotificationText | Unset = UNSET
    notification: ProjectNotificationText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_subject, Unset):
            email_subject = self.email_subject.to_dict()

        email_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_body, Unset):
            email_body = self.email_body.to_dict()

        digest_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digest_email, Unset):
            digest_email = self.digest_email.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if digest_email is not UNSET:
            field_dict["digest_email"] = digest_email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_notification_text import ProjectNotificationText  # noqa: PLC0415

        d = dict(src_dict)
        _email_subject = d.pop("email_subject", UNSET)
        email_subject: ProjectNotificationText | Unset
        if isinstance(_email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = ProjectNotificationText.from_dict(_email_subject)

        _email_body = d.pop("email_body", UNSET)
        email_body: ProjectNotificationText | Unset
        if isinstance(_email_body, Unset):
            email_body = UNSET
        else:
            email_body = ProjectNotificationText.from_dict(_email_body)

        _digest_email = d.pop("digest_email", UNSET)
        digest_email: ProjectNotificationText | Unset
        if isinstance(_digest_email, Unset):
            digest_email = UNSET
        else:
            digest_email = ProjectNotificationText.from_dict(_digest_email)

        _sms = d.pop("sms", UNSET)
        sms: ProjectNotificationText | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = ProjectNotificationText.from_dict(_sms)

        _notification = d.pop("notification", UNSET)
        notification: ProjectNotificationText | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = ProjectNotificationText.from_dict(_notification)

        project_notifications = cls(
            email_subject=email_subject,
            email_body=email_body,
            digest_email=digest_email,
            sms=sms,
            notification=notification,
        )

        project_notifications.additional_properties = d
        return project_notifications

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

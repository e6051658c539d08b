from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_notification_text import ProjectNotificationText, ProjectNotificationTextDict


class ProjectNotifications(_m.BaseModel):
    """Notification texts and channels configured for the project's work orders.

    Example:
        {'email_subject': {'manager': 'Work order assigned', 'provider': 'New assignment from Northstar Retail'}}

    Attributes:
        email_subject (ProjectNotificationText | None): One notification setting, worded separately for the manager and
            for the provider.
        email_body (ProjectNotificationText | None): One notification setting, worded separately for the manager and for
            the provider.
        digest_email (ProjectNotificationText | None): One notification setting, worded separately for the manager and
            for the provider.
        sms (ProjectNotificationText | None): One notification setting, worded separately for the manager and for the
            provider.
        notification (ProjectNotificationText | None): One notification setting, worded separately for the manager and
            for the provider.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        email_subject: ProjectNotificationText | Unset = UNSET,
        email_body: ProjectNotificationText | Unset = UNSET,
        digest_email: ProjectNotificationText | Unset = UNSET,
        sms: ProjectNotificationText | Unset = UNSET,
        notification: ProjectNotificationText | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("email_subject", email_subject)
        self._set("email_body", email_body)
        self._set("digest_email", digest_email)
        self._set("sms", sms)
        self._set("notification", notification)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.project_notification_text import ProjectNotificationText  # noqa: PLC0415

        return {
            "email_subject": _m.Field(_m.Model(ProjectNotificationText), False, False),
            "email_body": _m.Field(_m.Model(ProjectNotificationText), False, False),
            "digest_email": _m.Field(_m.Model(ProjectNotificationText), False, False),
            "sms": _m.Field(_m.Model(ProjectNotificationText), False, False),
            "notification": _m.Field(_m.Model(ProjectNotificationText), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def email_subject(self) -> ProjectNotificationText | None:
        """One notification setting, worded separately for the manager and for the provider."""
        return cast("ProjectNotificationText | None", self._get("email_subject"))

    @email_subject.setter
    def email_subject(self, value: ProjectNotificationText | None) -> None:
        self._set("email_subject", value)

    @property
    def email_body(self) -> ProjectNotificationText | None:
        """One notification setting, worded separately for the manager and for the provider."""
        return cast("ProjectNotificationText | None", self._get("email_body"))

    @email_body.setter
    def email_body(self, value: ProjectNotificationText | None) -> None:
        self._set("email_body", value)

    @property
    def digest_email(self) -> ProjectNotificationText | None:
        """One notification setting, worded separately for the manager and for the provider."""
        return cast("ProjectNotificationText | None", self._get("digest_email"))

    @digest_email.setter
    def digest_email(self, value: ProjectNotificationText | None) -> None:
        self._set("digest_email", value)

    @property
    def sms(self) -> ProjectNotificationText | None:
        """One notification setting, worded separately for the manager and for the provider."""
        return cast("ProjectNotificationText | None", self._get("sms"))

    @sms.setter
    def sms(self, value: ProjectNotificationText | None) -> None:
        self._set("sms", value)

    @property
    def notification(self) -> ProjectNotificationText | None:
        """One notification setting, worded separately for the manager and for the provider."""
        return cast("ProjectNotificationText | None", self._get("notification"))

    @notification.setter
    def notification(self, value: ProjectNotificationText | None) -> None:
        self._set("notification", value)


class ProjectNotificationsDict(TypedDict, total=False):
    """:class:`ProjectNotifications` as plain data (JSON keys); accepted wherever the model is sent."""

    email_subject: ProjectNotificationText | ProjectNotificationTextDict
    email_body: ProjectNotificationText | ProjectNotificationTextDict
    digest_email: ProjectNotificationText | ProjectNotificationTextDict
    sms: ProjectNotificationText | ProjectNotificationTextDict
    notification: ProjectNotificationText | ProjectNotificationTextDict

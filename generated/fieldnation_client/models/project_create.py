from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName, IdNameDict
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.project_auto_dispatch import ProjectAutoDispatch, ProjectAutoDispatchDict
    from ..models.project_notifications import ProjectNotifications, ProjectNotificationsDict


class ProjectCreate(_m.BaseModel):
    """Body of `POST /projects`.

    Example:
        {'name': 'Spring POS Refresh', 'status': 'active', 'policy_and_procedures': 'Follow the Northstar site safety
            policy.', 'standard_instructions': 'Check in with the store manager on arrival.', 'cancellation_fee': 50,
            'late_notification': True, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'finance': {'id': 202}, 'manager':
            {'id': 7001}}

    Attributes:
        name (str):
        status (ProjectStatus | None): Lifecycle state of a project.
        client (IdName | None): A reference to another object by id, with its display name when the API returns one.
        client_id (int | None): The client as a bare id (overview page); alternative to `client`.
        template_id (int | None): Default template (overview page).
        description (str | None): Free-text description (overview page).
        policy_and_procedures (str | None):
        standard_instructions (str | None):
        cancellation_fee (Decimal | None):
        late_notification (bool | None):
        notifications (ProjectNotifications | None): Notification texts and channels configured for the project's work
            orders.
        finance (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        manager (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        secondary_contact (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        service_contract (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        selection_rule (IdName | None): A reference to another object by id, with its display name when the API returns
            one.
        auto_dispatch (ProjectAutoDispatch | None): Automatic dispatch configuration of a project: how long to wait, and
            how to route or publish when the selection rule finds providers.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        status: ProjectStatus | Unset = UNSET,
        client: IdName | Unset = UNSET,
        client_id: int | Unset = UNSET,
        template_id: int | Unset = UNSET,
        description: str | Unset = UNSET,
        policy_and_procedures: str | Unset = UNSET,
        standard_instructions: str | Unset = UNSET,
        cancellation_fee: Decimal | Unset = UNSET,
        late_notification: bool | Unset = UNSET,
        notifications: ProjectNotifications | Unset = UNSET,
        finance: IdRef | Unset = UNSET,
        manager: IdRef | Unset = UNSET,
        secondary_contact: IdRef | Unset = UNSET,
        service_contract: IdRef | Unset = UNSET,
        selection_rule: IdName | Unset = UNSET,
        auto_dispatch: ProjectAutoDispatch | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("status", status)
        self._set("client", client)
        self._set("client_id", client_id)
        self._set("template_id", template_id)
        self._set("description", description)
        self._set("policy_and_procedures", policy_and_procedures)
        self._set("standard_instructions", standard_instructions)
        self._set("cancellation_fee", cancellation_fee)
        self._set("late_notification", late_notification)
        self._set("notifications", notifications)
        self._set("finance", finance)
        self._set("manager", manager)
        self._set("secondary_contact", secondary_contact)
        self._set("service_contract", service_contract)
        self._set("selection_rule", selection_rule)
        self._set("auto_dispatch", auto_dispatch)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.project_auto_dispatch import ProjectAutoDispatch  # noqa: PLC0415
        from ..models.project_notifications import ProjectNotifications  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "status": _m.Field(_m.Enum(ProjectStatus), False, False),
            "client": _m.Field(_m.Model(IdName), False, False),
            "client_id": _m.Field(_m.INT, False, False),
            "template_id": _m.Field(_m.INT, False, False),
            "description": _m.Field(_m.STR, False, False),
            "policy_and_procedures": _m.Field(_m.STR, False, False),
            "standard_instructions": _m.Field(_m.STR, False, False),
            "cancellation_fee": _m.Field(_m.DECIMAL, False, False),
            "late_notification": _m.Field(_m.BOOL, False, False),
            "notifications": _m.Field(_m.Model(ProjectNotifications), False, False),
            "finance": _m.Field(_m.Model(IdRef), False, False),
            "manager": _m.Field(_m.Model(IdRef), False, False),
            "secondary_contact": _m.Field(_m.Model(IdRef), False, False),
            "service_contract": _m.Field(_m.Model(IdRef), False, False),
            "selection_rule": _m.Field(_m.Model(IdName), False, False),
            "auto_dispatch": _m.Field(_m.Model(ProjectAutoDispatch), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def status(self) -> ProjectStatus | None:
        """Lifecycle state of a project."""
        return cast("ProjectStatus | None", self._get("status"))

    @status.setter
    def status(self, value: ProjectStatus | None) -> None:
        self._set("status", value)

    @property
    def client(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("client"))

    @client.setter
    def client(self, value: IdName | None) -> None:
        self._set("client", value)

    @property
    def client_id(self) -> int | None:
        """The client as a bare id (overview page); alternative to `client`."""
        return cast("int | None", self._get("client_id"))

    @client_id.setter
    def client_id(self, value: int | None) -> None:
        self._set("client_id", value)

    @property
    def template_id(self) -> int | None:
        """Default template (overview page)."""
        return cast("int | None", self._get("template_id"))

    @template_id.setter
    def template_id(self, value: int | None) -> None:
        self._set("template_id", value)

    @property
    def description(self) -> str | None:
        """Free-text description (overview page)."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def policy_and_procedures(self) -> str | None:
        return cast("str | None", self._get("policy_and_procedures"))

    @policy_and_procedures.setter
    def policy_and_procedures(self, value: str | None) -> None:
        self._set("policy_and_procedures", value)

    @property
    def standard_instructions(self) -> str | None:
        return cast("str | None", self._get("standard_instructions"))

    @standard_instructions.setter
    def standard_instructions(self, value: str | None) -> None:
        self._set("standard_instructions", value)

    @property
    def cancellation_fee(self) -> Decimal | None:
        return cast("Decimal | None", self._get("cancellation_fee"))

    @cancellation_fee.setter
    def cancellation_fee(self, value: Decimal | None) -> None:
        self._set("cancellation_fee", value)

    @property
    def late_notification(self) -> bool | None:
        return cast("bool | None", self._get("late_notification"))

    @late_notification.setter
    def late_notification(self, value: bool | None) -> None:
        self._set("late_notification", value)

    @property
    def notifications(self) -> ProjectNotifications | None:
        """Notification texts and channels configured for the project's work orders."""
        return cast("ProjectNotifications | None", self._get("notifications"))

    @notifications.setter
    def notifications(self, value: ProjectNotifications | None) -> None:
        self._set("notifications", value)

    @property
    def finance(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("finance"))

    @finance.setter
    def finance(self, value: IdRef | None) -> None:
        self._set("finance", value)

    @property
    def manager(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: IdRef | None) -> None:
        self._set("manager", value)

    @property
    def secondary_contact(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("secondary_contact"))

    @secondary_contact.setter
    def secondary_contact(self, value: IdRef | None) -> None:
        self._set("secondary_contact", value)

    @property
    def service_contract(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("service_contract"))

    @service_contract.setter
    def service_contract(self, value: IdRef | None) -> None:
        self._set("service_contract", value)

    @property
    def selection_rule(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: IdName | None) -> None:
        self._set("selection_rule", value)

    @property
    def auto_dispatch(self) -> ProjectAutoDispatch | None:
        """Automatic dispatch configuration of a project: how long to wait, and how to route or publish when
        the selection rule finds providers."""
        return cast("ProjectAutoDispatch | None", self._get("auto_dispatch"))

    @auto_dispatch.setter
    def auto_dispatch(self, value: ProjectAutoDispatch | None) -> None:
        self._set("auto_dispatch", value)


class ProjectCreateDict(TypedDict, total=False):
    """:class:`ProjectCreate` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    status: ProjectStatus | str
    client: IdName | IdNameDict
    client_id: int
    template_id: int
    description: str
    policy_and_procedures: str
    standard_instructions: str
    cancellation_fee: Decimal | float | str
    late_notification: bool
    notifications: ProjectNotifications | ProjectNotificationsDict
    finance: IdRef | IdRefDict
    manager: IdRef | IdRefDict
    secondary_contact: IdRef | IdRefDict
    service_contract: IdRef | IdRefDict
    selection_rule: IdName | IdNameDict
    auto_dispatch: ProjectAutoDispatch | ProjectAutoDispatchDict

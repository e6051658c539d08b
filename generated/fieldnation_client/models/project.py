from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.project_actions_item import ProjectActionsItem
from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_list import ContactList, ContactListDict
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.id_name import IdName, IdNameDict
    from ..models.project_auto_dispatch import ProjectAutoDispatch, ProjectAutoDispatchDict
    from ..models.project_finance import ProjectFinance, ProjectFinanceDict
    from ..models.project_notifications import ProjectNotifications, ProjectNotificationsDict
    from ..models.project_work_order_counts import ProjectWorkOrderCounts, ProjectWorkOrderCountsDict
    from ..models.template_list import TemplateList, TemplateListDict
    from ..models.user_ref import UserRef, UserRefDict


class Project(_m.BaseModel):
    """A project of the company, grouping work orders for one client or programme.

    Example:
        {'id': 2201, 'name': 'Spring POS Refresh', 'status': 'active', 'client_id': 301, 'company_id': '501', 'client':
            {'id': 301, 'name': 'Northstar Retail'}, 'manager': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield',
            'email': 'dana.whitfield@acme-field.example'}, 'policy_and_procedures': 'Follow the Northstar site safety
            policy.', 'standard_instructions': 'Check in with the store manager on arrival.', 'cancellation_fee': 50,
            'late_notification': True, 'finance': {'id': 202, 'description': 'Corporate account'}, 'selection_rule': {'id':
            14, 'name': 'Rated 4.5+ within 50 miles'}, 'auto_dispatch': {'id': 31, 'delay': 30, 'w2_skippub': 0,
            'w2_failswitch': 1, 'should_route': 1, 'also_publish': 0, 'selection_rule_id': 14}, 'work_orders_counts':
            {'today': 2, 'draft': 5, 'published_routed': 3, 'assigned': 8, 'work_done': 1, 'approved_paid': 40}, 'created':
            {'utc': '2026-02-01 16:00:00'}, 'actions': ['edit', 'complete', 'cancel', 'create_work_order',
            'create_template'], 'correlation_id': '9f1c2a7e4b'}

    Attributes:
        id (int):
        name (str):
        status (ProjectStatus | None): Lifecycle state of a project.
        client_id (int | None):
        company_id (int | str | None): Owning company; the playground example sends it as a string.
        client (IdName | None): A reference to another object by id, with its display name when the API returns one.
        manager (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        secondary_contact (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        description (str | None):
        policy_and_procedures (str | None):
        standard_instructions (str | None):
        cancellation_fee (Decimal | None): Fee paid to the provider when an assigned work order is cancelled.
        late_notification (bool | None): Whether providers are notified when they are running late.
        active (bool | None): Shown by the overview page instead of `status`.
        template_id (int | None): Default template (overview page).
        work_orders_count (int | None): Number of work orders in the project (overview page).
        work_orders_counts (ProjectWorkOrderCounts | None): Number of the project's work orders in each group of
            statuses.
        finance (ProjectFinance | None): The funding account work orders of the project are paid from.
        service_contract (IdName | None): A reference to another object by id, with its display name when the API
            returns one.
        network (IdName | None): A reference to another object by id, with its display name when the API returns one.
        selection_rule (IdName | None): A reference to another object by id, with its display name when the API returns
            one.
        auto_dispatch (ProjectAutoDispatch | None): Automatic dispatch configuration of a project: how long to wait, and
            how to route or publish when the selection rule finds providers.
        notifications (ProjectNotifications | None): Notification texts and channels configured for the project's work
            orders.
        contacts (ContactList | None): Contacts of a work order, the work order manager included (read-only).
        templates (TemplateList | None): Page-based list answered by `GET /templates`.
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        start (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        end (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        actions (list[ProjectActionsItem] | None): What the caller may do with the project.
        correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        status: ProjectStatus | Unset = UNSET,
        client_id: int | Unset = UNSET,
        company_id: int | str | Unset = UNSET,
        client: IdName | Unset = UNSET,
        manager: UserRef | Unset = UNSET,
        secondary_contact: UserRef | Unset = UNSET,
        description: str | Unset = UNSET,
        policy_and_procedures: str | Unset = UNSET,
        standard_instructions: str | Unset = UNSET,
        cancellation_fee: Decimal | Unset = UNSET,
        late_notification: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        template_id: int | Unset = UNSET,
        work_orders_count: int | Unset = UNSET,
        work_orders_counts: ProjectWorkOrderCounts | Unset = UNSET,
        finance: ProjectFinance | Unset = UNSET,
        service_contract: IdName | Unset = UNSET,
        network: IdName | Unset = UNSET,
        selection_rule: IdName | Unset = UNSET,
        auto_dispatch: ProjectAutoDispatch | Unset = UNSET,
        notifications: ProjectNotifications | Unset = UNSET,
        contacts: ContactList | Unset = UNSET,
        templates: TemplateList | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        start: DateObject | Unset = UNSET,
        end: DateObject | Unset = UNSET,
        actions: list[ProjectActionsItem] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("status", status)
        self._set("client_id", client_id)
        self._set("company_id", company_id)
        self._set("client", client)
        self._set("manager", manager)
        self._set("secondary_contact", secondary_contact)
        self._set("description", description)
        self._set("policy_and_procedures", policy_and_procedures)
        self._set("standard_instructions", standard_instructions)
        self._set("cancellation_fee", cancellation_fee)
        self._set("late_notification", late_notification)
        self._set("active", active)
        self._set("template_id", template_id)
        self._set("work_orders_count", work_orders_count)
        self._set("work_orders_counts", work_orders_counts)
        self._set("finance", finance)
        self._set("service_contract", service_contract)
        self._set("network", network)
        self._set("selection_rule", selection_rule)
        self._set("auto_dispatch", auto_dispatch)
        self._set("notifications", notifications)
        self._set("contacts", contacts)
        self._set("templates", templates)
        self._set("created", created)
        self._set("start", start)
        self._set("end", end)
        self._set("actions", actions)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.contact_list import ContactList  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.project_auto_dispatch import ProjectAutoDispatch  # noqa: PLC0415
        from ..models.project_finance import ProjectFinance  # noqa: PLC0415
        from ..models.project_notifications import ProjectNotifications  # noqa: PLC0415
        from ..models.project_work_order_counts import ProjectWorkOrderCounts  # noqa: PLC0415
        from ..models.template_list import TemplateList  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "status": _m.Field(_m.Enum(ProjectStatus), False, False),
            "client_id": _m.Field(_m.INT, False, False),
            "company_id": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
            "client": _m.Field(_m.Model(IdName), False, False),
            "manager": _m.Field(_m.Model(UserRef), False, False),
            "secondary_contact": _m.Field(_m.Model(UserRef), False, False),
            "description": _m.Field(_m.STR, False, False),
            "policy_and_procedures": _m.Field(_m.STR, False, False),
            "standard_instructions": _m.Field(_m.STR, False, False),
            "cancellation_fee": _m.Field(_m.DECIMAL, False, False),
            "late_notification": _m.Field(_m.BOOL, False, False),
            "active": _m.Field(_m.BOOL, False, False),
            "template_id": _m.Field(_m.INT, False, False),
            "work_orders_count": _m.Field(_m.INT, False, False),
            "work_orders_counts": _m.Field(_m.Model(ProjectWorkOrderCounts), False, False),
            "finance": _m.Field(_m.Model(ProjectFinance), False, False),
            "service_contract": _m.Field(_m.Model(IdName), False, False),
            "network": _m.Field(_m.Model(IdName), False, False),
            "selection_rule": _m.Field(_m.Model(IdName), False, False),
            "auto_dispatch": _m.Field(_m.Model(ProjectAutoDispatch), False, False),
            "notifications": _m.Field(_m.Model(ProjectNotifications), False, False),
            "contacts": _m.Field(_m.Model(ContactList), False, False),
            "templates": _m.Field(_m.Model(TemplateList), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "start": _m.Field(_m.Model(DateObject), False, False),
            "end": _m.Field(_m.Model(DateObject), False, False),
            "actions": _m.Field(_m.List(_m.Enum(ProjectActionsItem)), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
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
    def client_id(self) -> int | None:
        return cast("int | None", self._get("client_id"))

    @client_id.setter
    def client_id(self, value: int | None) -> None:
        self._set("client_id", value)

    @property
    def company_id(self) -> int | str | None:
        """Owning company; the playground example sends it as a string."""
        return cast("int | str | None", self._get("company_id"))

    @company_id.setter
    def company_id(self, value: int | str | None) -> None:
        self._set("company_id", value)

    @property
    def client(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("client"))

    @client.setter
    def client(self, value: IdName | None) -> None:
        self._set("client", value)

    @property
    def manager(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: UserRef | None) -> None:
        self._set("manager", value)

    @property
    def secondary_contact(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("secondary_contact"))

    @secondary_contact.setter
    def secondary_contact(self, value: UserRef | None) -> None:
        self._set("secondary_contact", value)

    @property
    def description(self) -> str | None:
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
        """Fee paid to the provider when an assigned work order is cancelled."""
        return cast("Decimal | None", self._get("cancellation_fee"))

    @cancellation_fee.setter
    def cancellation_fee(self, value: Decimal | None) -> None:
        self._set("cancellation_fee", value)

    @property
    def late_notification(self) -> bool | None:
        """Whether providers are notified when they are running late."""
        return cast("bool | None", self._get("late_notification"))

    @late_notification.setter
    def late_notification(self, value: bool | None) -> None:
        self._set("late_notification", value)

    @property
    def active(self) -> bool | None:
        """Shown by the overview page instead of `status`."""
        return cast("bool | None", self._get("active"))

    @active.setter
    def active(self, value: bool | None) -> None:
        self._set("active", value)

    @property
    def template_id(self) -> int | None:
        """Default template (overview page)."""
        return cast("int | None", self._get("template_id"))

    @template_id.setter
    def template_id(self, value: int | None) -> None:
        self._set("template_id", value)

    @property
    def work_orders_count(self) -> int | None:
        """Number of work orders in the project (overview page)."""
        return cast("int | None", self._get("work_orders_count"))

    @work_orders_count.setter
    def work_orders_count(self, value: int | None) -> None:
        self._set("work_orders_count", value)

    @property
    def work_orders_counts(self) -> ProjectWorkOrderCounts | None:
        """Number of the project's work orders in each group of statuses."""
        return cast("ProjectWorkOrderCounts | None", self._get("work_orders_counts"))

    @work_orders_counts.setter
    def work_orders_counts(self, value: ProjectWorkOrderCounts | None) -> None:
        self._set("work_orders_counts", value)

    @property
    def finance(self) -> ProjectFinance | None:
        """The funding account work orders of the project are paid from."""
        return cast("ProjectFinance | None", self._get("finance"))

    @finance.setter
    def finance(self, value: ProjectFinance | None) -> None:
        self._set("finance", value)

    @property
    def service_contract(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("service_contract"))

    @service_contract.setter
    def service_contract(self, value: IdName | None) -> None:
        self._set("service_contract", value)

    @property
    def network(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("network"))

    @network.setter
    def network(self, value: IdName | None) -> None:
        self._set("network", value)

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

    @property
    def notifications(self) -> ProjectNotifications | None:
        """Notification texts and channels configured for the project's work orders."""
        return cast("ProjectNotifications | None", self._get("notifications"))

    @notifications.setter
    def notifications(self, value: ProjectNotifications | None) -> None:
        self._set("notifications", value)

    @property
    def contacts(self) -> ContactList | None:
        """Contacts of a work order, the work order manager included (read-only)."""
        return cast("ContactList | None", self._get("contacts"))

    @contacts.setter
    def contacts(self, value: ContactList | None) -> None:
        self._set("contacts", value)

    @property
    def templates(self) -> TemplateList | None:
        """Page-based list answered by `GET /templates`."""
        return cast("TemplateList | None", self._get("templates"))

    @templates.setter
    def templates(self, value: TemplateList | None) -> None:
        self._set("templates", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def start(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("start"))

    @start.setter
    def start(self, value: DateObject | None) -> None:
        self._set("start", value)

    @property
    def end(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("end"))

    @end.setter
    def end(self, value: DateObject | None) -> None:
        self._set("end", value)

    @property
    def actions(self) -> list[ProjectActionsItem] | None:
        """What the caller may do with the project."""
        return cast("list[ProjectActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ProjectActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class ProjectDict(TypedDict, total=False):
    """:class:`Project` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    status: ProjectStatus | str
    client_id: int
    company_id: int | str
    client: IdName | IdNameDict
    manager: UserRef | UserRefDict
    secondary_contact: UserRef | UserRefDict
    description: str
    policy_and_procedures: str
    standard_instructions: str
    cancellation_fee: Decimal | float | str
    late_notification: bool
    active: bool
    template_id: int
    work_orders_count: int
    work_orders_counts: ProjectWorkOrderCounts | ProjectWorkOrderCountsDict
    finance: ProjectFinance | ProjectFinanceDict
    service_contract: IdName | IdNameDict
    network: IdName | IdNameDict
    selection_rule: IdName | IdNameDict
    auto_dispatch: ProjectAutoDispatch | ProjectAutoDispatchDict
    notifications: ProjectNotifications | ProjectNotificationsDict
    contacts: ContactList | ContactListDict
    templates: TemplateList | TemplateListDict
    created: DateObject | DateObjectDict
    start: DateObject | DateObjectDict
    end: DateObject | DateObjectDict
    actions: list[ProjectActionsItem | str]
    correlation_id: str

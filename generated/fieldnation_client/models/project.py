from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_actions_item import ProjectActionsItem
from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_list import ContactList
    from ..models.date_object import DateObject
    from ..models.id_name import IdName
    from ..models.project_auto_dispatch import ProjectAutoDispatch
    from ..models.project_finance import ProjectFinance
    from ..models.project_notifications import ProjectNotifications
    from ..models.project_work_order_counts import ProjectWorkOrderCounts
    from ..models.template_list import TemplateList
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
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
        status (ProjectStatus | Unset): Lifecycle state of a project. Example: active.
        client_id (int | Unset):
        company_id (int | str | Unset): Owning company; the playground example sends it as a string.
        client (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        manager (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id':
            7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
        secondary_contact (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example:
            {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
        description (str | Unset):
        policy_and_procedures (str | Unset):
        standard_instructions (str | Unset):
        cancellation_fee (float | Unset): Fee paid to the provider when an assigned work order is cancelled.
        late_notification (bool | Unset): Whether providers are notified when they are running late.
        active (bool | Unset): Shown by the overview page instead of `status`.
        template_id (int | Unset): Default template (overview page).
        work_orders_count (int | Unset): Number of work orders in the project (overview page).
        work_orders_counts (ProjectWorkOrderCounts | Unset): Number of the project's work orders in each group of
            statuses. Example: {'today': 2, 'draft': 5, 'published_routed': 3, 'assigned': 8, 'work_done': 1,
            'approved_paid': 40}.
        finance (ProjectFinance | Unset): The funding account work orders of the project are paid from. Example: {'id':
            202, 'description': 'Corporate account'}.
        service_contract (IdName | Unset): A reference to another object by id, with its display name when the API
            returns one. Example: {'id': 62, 'name': 'Point of Sale'}.
        network (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        selection_rule (IdName | Unset): A reference to another object by id, with its display name when the API returns
            one. Example: {'id': 62, 'name': 'Point of Sale'}.
        auto_dispatch (ProjectAutoDispatch | Unset): Automatic dispatch configuration of a project: how long to wait,
            and how to route or publish when the selection rule finds providers. Example: {'delay': 30, 'w2_skippub': 0,
            'w2_failswitch': 1, 'should_route': 1, 'also_publish': 0, 'selection_rule_id': 14}.
        notifications (ProjectNotifications | Unset): Notification texts and channels configured for the project's work
            orders. Example: {'email_subject': {'manager': 'Work order assigned', 'provider': 'New assignment from Northstar
            Retail'}}.
        contacts (ContactList | Unset): Contacts of a work order, the work order manager included (read-only). Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 611, 'role': 'Project
            manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example', 'phone': '6125550101'},
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'ext': '12', 'notes':
            'Store manager, available 8am-5pm weekdays.'}], 'actions': ['edit']}.
        templates (TemplateList | Unset): Page-based list answered by `GET /templates`. Example: {'metadata': {'total':
            1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 88, 'name': 'POS terminal swap', 'default': False,
            'work_orders': 42, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id': 2201, 'name': 'Spring
            POS Refresh'}, 'updated': {'utc': '2026-03-02 10:30:00'}, 'actions': ['edit', 'delete', 'create_work_order',
            'copy']}], 'actions': []}.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        start (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        end (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        actions (list[ProjectActionsItem] | Unset): What the caller may do with the project.
        correlation_id (str | Unset):
    """

    id: int
    name: str
    status: ProjectStatus | Unset = UNSET
    client_id: int | Unset = UNSET
    company_id: int | str | Unset = UNSET
    client: IdName | Unset = UNSET
    manager: UserRef | Unset = UNSET
    secondary_contact: UserRef | Unset = UNSET
    description: str | Unset = UNSET
    policy_and_procedures: str | Unset = UNSET
    standard_instructions: str | Unset = UNSET
    cancellation_fee: float | Unset = UNSET
    late_notification: bool | Unset = UNSET
    active: bool | Unset = UNSET
    template_id: int | Unset = UNSET
    work_orders_count: int | Unset = UNSET
    work_orders_counts: ProjectWorkOrderCounts | Unset = UNSET
    finance: ProjectFinance | Unset = UNSET
    service_contract: IdName | Unset = UNSET
    network: IdName | Unset = UNSET
    selection_rule: IdName | Unset = UNSET
    auto_dispatch: ProjectAutoDispatch | Unset = UNSET
    notifications: ProjectNotifications | Unset = UNSET
    contacts: ContactList | Unset = UNSET
    templates: TemplateList | Unset = UNSET
    created: DateObject | Unset = UNSET
    start: DateObject | Unset = UNSET
    end: DateObject | Unset = UNSET
    actions: list[ProjectActionsItem] | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        client_id = self.client_id

        company_id: int | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        secondary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_contact, Unset):
            secondary_contact = self.secondary_contact.to_dict()

        description = self.description

        policy_and_procedures = self.policy_and_procedures

        standard_instructions = self.standard_instructions

        cancellation_fee = self.cancellation_fee

        late_notification = self.late_notification

        active = self.active

        template_id = self.template_id

        work_orders_count = self.work_orders_count

        work_orders_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_orders_counts, Unset):
            work_orders_counts = self.work_orders_counts.to_dict()

        finance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finance, Unset):
            finance = self.finance.to_dict()

        service_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_contract, Unset):
            service_contract = self.service_contract.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        auto_dispatch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_dispatch, Unset):
            auto_dispatch = self.auto_dispatch.to_dict()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts.to_dict()

        templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = self.templates.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if status is not UNSET:
            field_dict["status"] = status
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if client is not UNSET:
            field_dict["client"] = client
        if manager is not UNSET:
            field_dict["manager"] = manager
        if secondary_contact is not UNSET:
            field_dict["secondary_contact"] = secondary_contact
        if description is not UNSET:
            field_dict["description"] = description
        if policy_and_procedures is not UNSET:
            field_dict["policy_and_procedures"] = policy_and_procedures
        if standard_instructions is not UNSET:
            field_dict["standard_instructions"] = standard_instructions
        if cancellation_fee is not UNSET:
            field_dict["cancellation_fee"] = cancellation_fee
        if late_notification is not UNSET:
            field_dict["late_notification"] = late_notification
        if active is not UNSET:
            field_dict["active"] = active
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if work_orders_count is not UNSET:
            field_dict["work_orders_count"] = work_orders_count
        if work_orders_counts is not UNSET:
            field_dict["work_orders_counts"] = work_orders_counts
        if finance is not UNSET:
            field_dict["finance"] = finance
        if service_contract is not UNSET:
            field_dict["service_contract"] = service_contract
        if network is not UNSET:
            field_dict["network"] = network
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule
        if auto_dispatch is not UNSET:
            field_dict["auto_dispatch"] = auto_dispatch
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if templates is not UNSET:
            field_dict["templates"] = templates
        if created is not UNSET:
            field_dict["created"] = created
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if actions is not UNSET:
            field_dict["actions"] = actions
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_list import ContactList  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.project_auto_dispatch import ProjectAutoDispatch  # noqa: PLC0415
        from ..models.project_finance import ProjectFinance  # noqa: PLC0415
        from ..models.project_notifications import ProjectNotifications  # noqa: PLC0415
        from ..models.project_work_order_counts import ProjectWorkOrderCounts  # noqa: PLC0415
        from ..models.template_list import TemplateList  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _status = d.pop("status", UNSET)
        status: ProjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatus(_status)

        client_id = d.pop("client_id", UNSET)

        def _parse_company_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        _client = d.pop("client", UNSET)
        client: IdName | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = IdName.from_dict(_client)

        _manager = d.pop("manager", UNSET)
        manager: UserRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = UserRef.from_dict(_manager)

        _secondary_contact = d.pop("secondary_contact", UNSET)
        secondary_contact: UserRef | Unset
        if isinstance(_secondary_contact, Unset):
            secondary_contact = UNSET
        else:
            secondary_contact = UserRef.from_dict(_secondary_contact)

        description = d.pop("description", UNSET)

        policy_and_procedures = d.pop("policy_and_procedures", UNSET)

        standard_instructions = d.pop("standard_instructions", UNSET)

        cancellation_fee = d.pop("cancellation_fee", UNSET)

        late_notification = d.pop("late_notification", UNSET)

        active = d.pop("active", UNSET)

        template_id = d.pop("template_id", UNSET)

        work_orders_count = d.pop("work_orders_count", UNSET)

        _work_orders_counts = d.pop("work_orders_counts", UNSET)
        work_orders_counts: ProjectWorkOrderCounts | Unset
        if isinstance(_work_orders_counts, Unset):
            work_orders_counts = UNSET
        else:
            work_orders_counts = ProjectWorkOrderCounts.from_dict(_work_orders_counts)

        _finance = d.pop("finance", UNSET)
        finance: ProjectFinance | Unset
        if isinstance(_finance, Unset):
            finance = UNSET
        else:
            finance = ProjectFinance.from_dict(_finance)

        _service_contract = d.pop("service_contract", UNSET)
        service_contract: IdName | Unset
        if isinstance(_service_contract, Unset):
            service_contract = UNSET
        else:
            service_contract = IdName.from_dict(_service_contract)

        _network = d.pop("network", UNSET)
        network: IdName | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = IdName.from_dict(_network)

        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: IdName | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = IdName.from_dict(_selection_rule)

        _auto_dispatch = d.pop("auto_dispatch", UNSET)
        auto_dispatch: ProjectAutoDispatch | Unset
        if isinstance(_auto_dispatch, Unset):
            auto_dispatch = UNSET
        else:
            auto_dispatch = ProjectAutoDispatch.from_dict(_auto_dispatch)

        _notifications = d.pop("notifications", UNSET)
        notifications: ProjectNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = ProjectNotifications.from_dict(_notifications)

        _contacts = d.pop("contacts", UNSET)
        contacts: ContactList | Unset
        if isinstance(_contacts, Unset):
            contacts = UNSET
        else:
            contacts = ContactList.from_dict(_contacts)

        _templates = d.pop("templates", UNSET)
        templates: TemplateList | Unset
        if isinstance(_templates, Unset):
            templates = UNSET
        else:
            templates = TemplateList.from_dict(_templates)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _start = d.pop("start", UNSET)
        start: DateObject | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = DateObject.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: DateObject | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = DateObject.from_dict(_end)

        _actions = d.pop("actions", UNSET)
        actions: list[ProjectActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ProjectActionsItem(actions_item_data)

                actions.append(actions_item)

        correlation_id = d.pop("correlation_id", UNSET)

        project = cls(
            id=id,
            name=name,
            status=status,
            client_id=client_id,
            company_id=company_id,
            client=client,
            manager=manager,
            secondary_contact=secondary_contact,
            description=description,
            policy_and_procedures=policy_and_procedures,
            standard_instructions=standard_instructions,
            cancellation_fee=cancellation_fee,
            late_notification=late_notification,
            active=active,
            template_id=template_id,
            work_orders_count=work_orders_count,
            work_orders_counts=work_orders_counts,
            finance=finance,
            service_contract=service_contract,
            network=network,
            selection_rule=selection_rule,
            auto_dispatch=auto_dispatch,
            notifications=notifications,
            contacts=contacts,
            templates=templates,
            created=created,
            start=start,
            end=end,
            actions=actions,
            correlation_id=correlation_id,
        )

        project.additional_properties = d
        return project

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName
    from ..models.id_ref import IdRef
    from ..models.project_auto_dispatch import ProjectAutoDispatch
    from ..models.project_notifications import ProjectNotifications


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """Body of `POST /projects`.

    Example:
        {'name': 'Spring POS Refresh', 'status': 'active', 'policy_and_procedures': 'Follow the Northstar site safety
            policy.', 'standard_instructions': 'Check in with the store manager on arrival.', 'cancellation_fee': 50,
            'late_notification': True, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'finance': {'id': 202}, 'manager':
            {'id': 7001}}

    Attributes:
        name (str):
        status (ProjectStatus | Unset): Lifecycle state of a project. Example: active.
        client (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        client_id (int | Unset): The client as a bare id (overview page); alternative to `client`.
        template_id (int | Unset): Default template (overview page).
        description (str | Unset): Free-text description (overview page).
        policy_and_procedures (str | Unset):
        standard_instructions (str | Unset):
        cancellation_fee (float | Unset):
        late_notification (bool | Unset):
        notifications (ProjectNotifications | Unset): Notification texts and channels configured for the project's work
            orders. Example: {'email_subject': {'manager': 'Work order assigned', 'provider': 'New assignment from Northstar
            Retail'}}.
        finance (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        manager (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        secondary_contact (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        service_contract (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        selection_rule (IdName | Unset): A reference to another object by id, with its display name when the API returns
            one. Example: {'id': 62, 'name': 'Point of Sale'}.
        auto_dispatch (ProjectAutoDispatch | Unset): Automatic dispatch configuration of a project: how long to wait,
            and how to route or publish when the selection rule finds providers. Example: {'delay': 30, 'w2_skippub': 0,
            'w2_failswitch': 1, 'should_route': 1, 'also_publish': 0, 'selection_rule_id': 14}.
    """

    name: str
    status: ProjectStatus | Unset = UNSET
    client: IdName | Unset = UNSET
    client_id: int | Unset = UNSET
    template_id: int | Unset = UNSET
    description: str | Unset = UNSET
    policy_and_procedures: str | Unset = UNSET
    standard_instructions: str | Unset = UNSET
    cancellation_fee: float | Unset = UNSET
    late_notification: bool | Unset = UNSET
    notifications: ProjectNotifications | Unset = UNSET
    finance: IdRef | Unset = UNSET
    manager: IdRef | Unset = UNSET
    secondary_contact: IdRef | Unset = UNSET
    service_contract: IdRef | Unset = UNSET
    selection_rule: IdName | Unset = UNSET
    auto_dispatch: ProjectAutoDispatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        client_id = self.client_id

        template_id = self.template_id

        description = self.description

        policy_and_procedures = self.policy_and_procedures

        standard_instructions = self.standard_instructions

        cancellation_fee = self.cancellation_fee

        late_notification = self.late_notification

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        finance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finance, Unset):
            finance = self.finance.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        secondary_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_contact, Unset):
            secondary_contact = self.secondary_contact.to_dict()

        service_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_contract, Unset):
            service_contract = self.service_contract.to_dict()

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        auto_dispatch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_dispatch, Unset):
            auto_dispatch = self.auto_dispatch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if status is not UNSET:
            field_dict["status"] = status
        if client is not UNSET:
            field_dict["client"] = client
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
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
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if finance is not UNSET:
            field_dict["finance"] = finance
        if manager is not UNSET:
            field_dict["manager"] = manager
        if secondary_contact is not UNSET:
            field_dict["secondary_contact"] = secondary_contact
        if service_contract is not UNSET:
            field_dict["service_contract"] = service_contract
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule
        if auto_dispatch is not UNSET:
            field_dict["auto_dispatch"] = auto_dispatch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.project_auto_dispatch import ProjectAutoDispatch  # noqa: PLC0415
        from ..models.project_notifications import ProjectNotifications  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _status = d.pop("status", UNSET)
        status: ProjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatus(_status)

        _client = d.pop("client", UNSET)
        client: IdName | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = IdName.from_dict(_client)

        client_id = d.pop("client_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        description = d.pop("description", UNSET)

        policy_and_procedures = d.pop("policy_and_procedures", UNSET)

        standard_instructions = d.pop("standard_instructions", UNSET)

        cancellation_fee = d.pop("cancellation_fee", UNSET)

        late_notification = d.pop("late_notification", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: ProjectNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = ProjectNotifications.from_dict(_notifications)

        _finance = d.pop("finance", UNSET)
        finance: IdRef | Unset
        if isinstance(_finance, Unset):
            finance = UNSET
        else:
            finance = IdRef.from_dict(_finance)

        _manager = d.pop("manager", UNSET)
        manager: IdRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = IdRef.from_dict(_manager)

        _secondary_contact = d.pop("secondary_contact", UNSET)
        secondary_contact: IdRef | Unset
        if isinstance(_secondary_contact, Unset):
            secondary_contact = UNSET
        else:
            secondary_contact = IdRef.from_dict(_secondary_contact)

        _service_contract = d.pop("service_contract", UNSET)
        service_contract: IdRef | Unset
        if isinstance(_service_contract, Unset):
            service_contract = UNSET
        else:
            service_contract = IdRef.from_dict(_service_contract)

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

        project_create = cls(
            name=name,
            status=status,
            client=client,
            client_id=client_id,
            template_id=template_id,
            description=description,
            policy_and_procedures=policy_and_procedures,
            standard_instructions=standard_instructions,
            cancellation_fee=cancellation_fee,
            late_notification=late_notification,
            notifications=notifications,
            finance=finance,
            manager=manager,
            secondary_contact=secondary_contact,
            service_contract=service_contract,
            selection_rule=selection_rule,
            auto_dispatch=auto_dispatch,
        )

        project_create.additional_properties = d
        return project_create

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

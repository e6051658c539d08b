from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_action import ClientAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_projects import ClientProjects
    from ..models.client_work_order_counts import ClientWorkOrderCounts
    from ..models.date_object import DateObject
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """An end client of the company, for whom work orders and projects are run.

    Example:
        {'id': 301, 'client_id': 301, 'name': 'Northstar Retail', 'active': True, 'print_logo': True, 'address_1': '123
            Tech Blvd', 'address_2': 'Suite 400', 'city': 'San Francisco', 'state': 'CA', 'zip': '94105', 'country': 'US',
            'location_type': 1, 'website': 'https://northstar-retail.example.com', 'about': 'Leading tech support
            provider.', 'standard_instruction': 'Follow safety guidelines.', 'policy_procedure': 'Report all incidents
            immediately.', 'manager': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'created': {'utc':
            '2026-01-15 16:20:00'}, 'work_order_counts': {'all': 42, 'today': 2, 'draft': 5, 'published_routed': 8,
            'assigned': 12, 'work_done': 3, 'approved_paid': 14}, 'actions': ['edit', 'delete', 'create_work_order',
            'create_project']}

    Attributes:
        id (int):
        name (str):
        client_id (int | Unset): Same value as `id`.
        active (bool | Unset): False once the client is deactivated.
        print_logo (bool | Unset): Print the client's logo on work orders.
        logo (str | Unset): URL of the client's logo.
        address_1 (str | Unset):
        address_2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        location_type (int | Unset): Location type id of the client's address (1 = Commercial).
        website (str | Unset):
        about (str | Unset):
        standard_instruction (str | Unset): Instructions added to the client's work orders.
        policy_procedure (str | Unset): Policies and procedures providers must follow for this client.
        notes (str | Unset): Free-text notes on the client, as the clients guide's create example sends them.
        manager (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id':
            7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
        created (DateObject | str | Unset): When the client was added: Field Nation's date object on the playground, a
            plain ISO 8601 string in the clients guide's list example. Both are accepted.
        work_order_counts (ClientWorkOrderCounts | Unset): Number of the client's work orders per stage. Example:
            {'all': 42, 'today': 2, 'draft': 5, 'published_routed': 8, 'assigned': 12, 'work_done': 3, 'approved_paid': 14}.
        work_orders_count (int | Unset): Number of the client's work orders, as the clients guide's list example shows
            it.
        projects (ClientProjects | Unset): The client's projects, as embedded in the client. Example: {'metadata':
            {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 2201, 'name': 'Spring POS Refresh'}],
            'actions': []}.
        actions (list[ClientAction] | Unset):
        correlation_id (str | Unset):
    """

    id: int
    name: str
    client_id: int | Unset = UNSET
    active: bool | Unset = UNSET
    print_logo: bool | Unset = UNSET
    logo: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    location_type: int | Unset = UNSET
    website: str | Unset = UNSET
    about: str | Unset = UNSET
    standard_instruction: str | Unset = UNSET
    policy_procedure: str | Unset = UNSET
    notes: str | Unset = UNSET
    manager: UserRef | Unset = UNSET
    created: DateObject | str | Unset = UNSET
    work_order_counts: ClientWorkOrderCounts | Unset = UNSET
    work_orders_count: int | Unset = UNSET
    projects: ClientProjects | Unset = UNSET
    actions: list[ClientAction] | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        id = self.id

        name = self.name

        client_id = self.client_id

        active = self.active

        print_logo = self.print_logo

        logo = self.logo

        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        location_type = self.location_type

        website = self.website

        about = self.about

        standard_instruction = self.standard_instruction

        policy_procedure = self.policy_procedure

        notes = self.notes

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        created: dict[str, Any] | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, DateObject):
            created = self.created.to_dict()
        else:
            created = self.created

        work_order_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_order_counts, Unset):
            work_order_counts = self.work_order_counts.to_dict()

        work_orders_count = self.work_orders_count

        projects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects.to_dict()

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
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if active is not UNSET:
            field_dict["active"] = active
        if print_logo is not UNSET:
            field_dict["print_logo"] = print_logo
        if logo is not UNSET:
            field_dict["logo"] = logo
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if website is not UNSET:
            field_dict["website"] = website
        if about is not UNSET:
            field_dict["about"] = about
        if standard_instruction is not UNSET:
            field_dict["standard_instruction"] = standard_instruction
        if policy_procedure is not UNSET:
            field_dict["policy_procedure"] = policy_procedure
        if notes is not UNSET:
            field_dict["notes"] = notes
        if manager is not UNSET:
            field_dict["manager"] = manager
        if created is not UNSET:
            field_dict["created"] = created
        if work_order_counts is not UNSET:
            field_dict["work_order_counts"] = work_order_counts
        if work_orders_count is not UNSET:
            field_dict["work_orders_count"] = work_orders_count
        if projects is not UNSET:
            field_dict["projects"] = projects
        if actions is not UNSET:
            field_dict["actions"] = actions
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_projects import ClientProjects  # noqa: PLC0415
        from ..models.client_work_order_counts import ClientWorkOrderCounts  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        client_id = d.pop("client_id", UNSET)

        active = d.pop("active", UNSET)

        print_logo = d.pop("print_logo", UNSET)

        logo = d.pop("logo", UNSET)

        address_1 = d.pop("address_1", UNSET)

        address_2 = d.pop("address_2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        location_type = d.pop("location_type", UNSET)

        website = d.pop("website", UNSET)

        about = d.pop("about", UNSET)

        standard_instruction = d.pop("standard_instruction", UNSET)

        policy_procedure = d.pop("policy_procedure", UNSET)

        notes = d.pop("notes", UNSET)

        _manager = d.pop("manager", UNSET)
        manager: UserRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = UserRef.from_dict(_manager)

        def _parse_created(data: object) -> DateObject | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_type_0 = DateObject.from_dict(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateObject | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        _work_order_counts = d.pop("work_order_counts", UNSET)
        work_order_counts: ClientWorkOrderCounts | Unset
        if isinstance(_work_order_counts, Unset):
            work_order_counts = UNSET
        else:
            work_order_counts = ClientWorkOrderCounts.from_dict(_work_order_counts)

        work_orders_count = d.pop("work_orders_count", UNSET)

        _projects = d.pop("projects", UNSET)
        projects: ClientProjects | Unset
        if isinstance(_projects, Unset):
            projects = UNSET
        else:
            projects = ClientProjects.from_dict(_projects)

        _actions = d.pop("actions", UNSET)
        actions: list[ClientAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ClientAction(actions_item_data)

                actions.append(actions_item)

        correlation_id = d.pop("correlation_id", UNSET)

        client = cls(
            id=id,
            name=name,
            client_id=client_id,
            active=active,
            print_logo=print_logo,
            logo=logo,
            address_1=address_1,
            address_2=address_2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            location_type=location_type,
            website=website,
            about=about,
            standard_instruction=standard_instruction,
            policy_procedure=policy_procedure,
            notes=notes,
            manager=manager,
            created=created,
            work_order_counts=work_order_counts,
            work_orders_count=work_orders_count,
            projects=projects,
            actions=actions,
            correlation_id=correlation_id,
        )

        client.additional_properties = d
        return client

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_folder_list import AttachmentFolderList
    from ..models.contact_list import ContactList
    from ..models.custom_field_list import CustomFieldList
    from ..models.id_name import IdName
    from ..models.id_ref import IdRef
    from ..models.location import Location
    from ..models.pay import Pay
    from ..models.service_type import ServiceType
    from ..models.task_list import TaskList
    from ..models.template_rich_text import TemplateRichText
    from ..models.type_of_work import TypeOfWork
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="TemplateData")


@_attrs_define
class TemplateData:
    """The work order fields saved in a template, shaped like a work order. Only the fields the template sets are present.

    Example:
        {'title': 'POS terminal swap - store visit', 'type_of_work': {'id': 62, 'name': 'Point of Sale'}, 'client':
            {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id': 2201, 'name': 'Spring POS Refresh'}, 'template':
            {'id': 88}, 'allow_counter_offers': True, 'require_gps': True, 'w2': False, 'description': {'html': '<p>Swap the
            two POS terminals at the front counter.</p>'}, 'confidential': {'html': '<p>Alarm code is with the store
            manager.</p>'}}

    Attributes:
        title (str | Unset):
        type_of_work (TypeOfWork | Unset): A type of work: the classification a work order (or template) is filed under,
            such as "Point of Sale". `industry` names the broader category the type belongs to. Example: {'id': 62, 'name':
            'Point of Sale', 'industry': 'Information Technology / Communications'}.
        additional_type_of_works (list[TypeOfWork] | Unset):
        service_types (list[ServiceType] | Unset):
        client (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        project (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        template (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        team (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        manager (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id':
            7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
        networks (list[IdName] | Unset):
        printable (bool | Unset):
        allow_counter_offers (bool | Unset):
        require_gps (bool | Unset):
        w2 (bool | Unset): Whether the work is meant for W-2 employees.
        description (TemplateRichText | Unset): A formatted text block of a template (`description`, `confidential`).
            Example: {'html': '<p>Swap the two POS terminals at the front counter.</p>'}.
        confidential (TemplateRichText | Unset): A formatted text block of a template (`description`, `confidential`).
            Example: {'html': '<p>Swap the two POS terminals at the front counter.</p>'}.
        location (Location | Unset): Where the work happens. `mode` says which kind: `custom` (an address typed on the
            work order), `location` (one of the company's saved locations, in `saved_location`) or `remote` (no site visit).
            The address fields hold the effective address in every mode that has one. Example: {'work_order_id': 1001,
            'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254 Commerce Lane', 'address2':
            'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip': '55402', 'country': 'US', 'coordinates': {'latitude':
            44.8963, 'longitude': -93.2682, 'exact': True}, 'type': {'id': 1, 'name': 'Commercial'}, 'saved_location':
            {'id': 0, 'name': '', 'display_name': ''}, 'notes': [], 'time_zone': {'id': 5, 'name': 'America/Chicago',
            'short': 'CDT', 'offset': -5}, 'status_id': 2, 'zoom': '13z', 'actions': ['edit']}.
        pay (Pay | Unset): The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold,
            computed totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The same
            object is embedded in the work order under `pay`. Example: {'work_order_id': 1001, 'type': 'fixed', 'base':
            {'amount': 400, 'units': 1}, 'additional': {'amount': 0, 'units': 0}, 'fees': [], 'hold': {'id': 3101, 'amount':
            0, 'charged': False}, 'hours': 0, 'reported_hours': 0, 'number_of_devices': 0, 'minimum_payment': 0, 'range':
            {'min': 400, 'max': 400}, 'labor_sum': 0, 'total': 425, 'bonuses': {'metadata': {'total': 1, 'page': 1, 'pages':
            1, 'per_page': 25}, 'sum': {'all': 25, 'charged': 25, 'uncharged': 0}, 'results': [{'id': 12, 'name': 'Weekend
            work', 'description': 'Paid when the visit falls on a Saturday or Sunday.', 'calculation': 'fixed', 'modifier':
            25, 'amount': 25, 'charged': True}], 'actions': ['add']}, 'discounts': {'metadata': {'total': 0, 'page': 1,
            'pages': 0, 'per_page': 25}, 'sum': {'all': 0}, 'results': [], 'actions': []}, 'increases': {'metadata':
            {'total': 0, 'page': 1, 'pages': 0, 'per_page': 25}, 'sum': {'all': 0}, 'results': [], 'actions': []}}.
        contacts (ContactList | Unset): Contacts of a work order, the work order manager included (read-only). Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 611, 'role': 'Project
            manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example', 'phone': '6125550101'},
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'ext': '12', 'notes':
            'Store manager, available 8am-5pm weekdays.'}], 'actions': ['edit']}.
        tasks (TaskList | Unset): Tasks of a work order, in display order. Example: {'metadata': {'total': 2, 'page': 1,
            'pages': 1, 'per_page': 25}, 'results': [{'id': 8610, 'label': 'Check in', 'group': {'id': 'onsite', 'label':
            'Work'}, 'type': {'id': 3, 'name': 'Check in'}, 'status': 'complete', 'completed': {'utc': '2026-07-01
            14:02:00', 'by': {'id': 9001, 'name': 'Sam Okafor', 'assigned': True}}}, {'id': 8609, 'label': 'Call the store
            manager on arrival', 'group': {'id': 'onsite', 'label': 'Work'}, 'type': {'id': 8, 'name': 'Call phone number'},
            'status': 'incomplete', 'phone': '+1-612-555-0143'}]}.
        custom_fields (CustomFieldList | Unset): Custom fields of a work order, grouped by category. Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1, 'name': 'Buyer Fields',
            'role': 'buyer', 'results': [{'id': 129, 'name': 'Store Number', 'type': 'text', 'role': 'buyer', 'value':
            '5521', 'flags': ['required']}]}, {'id': 2, 'name': 'Provider Fields', 'role': 'assigned_provider', 'results':
            [{'id': 130, 'name': 'Serial Number', 'type': 'text', 'role': 'assigned_provider', 'value': None, 'flags':
            ['required', 'required_during_checkin']}]}]}.
        attachments (AttachmentFolderList | Unset): The attachment folders of a work order with their files (also
            embedded as `attachments` in the WorkOrder). `sum.unreviewed` counts deliverables waiting for review. Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 2}, 'sum': {'unreviewed': 1}, 'actions': [],
            'results': [{'id': 1, 'name': 'Documents', 'type': 'document', 'task': {'id': 0}, 'actions': ['upload'],
            'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 1}, 'results': [{'id': 101, 'folder_id': 1, 'file':
            {'name': 'install_guide.pdf', 'size': 245000, 'mime': 'application/pdf', 'link':
            'https://cdn.fieldnation.com/files/abc.pdf'}, 'show_before_assignment': True}]}, {'id': 2270, 'name': 'Misc',
            'type': 'slot', 'max_files': 999, 'actions': ['edit', 'delete', 'upload'], 'metadata': {'total': 1, 'page': 1,
            'pages': 1, 'per_page': 1}, 'results': [{'id': 176, 'folder_id': 2270, 'file': {'name': 'site_photo.jpg',
            'size': 482113, 'mime': 'image/jpeg'}, 'status': 'pending'}]}]}.
    """

    title: str | Unset = UNSET
    type_of_work: TypeOfWork | Unset = UNSET
    additional_type_of_works: list[TypeOfWork] | Unset = UNSET
    service_types: list[ServiceType] | Unset = UNSET
    client: IdName | Unset = UNSET
    project: IdName | Unset = UNSET
    template: IdRef | Unset = UNSET
    team: IdRef | Unset = UNSET
    manager: UserRef | Unset = UNSET
    networks: list[IdName] | Unset = UNSET
    printable: bool | Unset = UNSET
    allow_counter_offers: bool | Unset = UNSET
    require_gps: bool | Unset = UNSET
    w2: bool | Unset = UNSET
    description: TemplateRichText | Unset = UNSET
    confidential: TemplateRichText | Unset = UNSET
    location: Location | Unset = UNSET
    pay: Pay | Unset = UNSET
    contacts: ContactList | Unset = UNSET
    tasks: TaskList | Unset = UNSET
    custom_fields: CustomFieldList | Unset = UNSET
    attachments: AttachmentFolderList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

        additional_type_of_works: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_type_of_works, Unset):
            additional_type_of_works = []
            for additional_type_of_works_item_data in self.additional_type_of_works:
                additional_type_of_works_item = additional_type_of_works_item_data.to_dict()
                additional_type_of_works.append(additional_type_of_works_item)

        service_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_types, Unset):
            service_types = []
            for service_types_item_data in self.service_types:
                service_types_item = service_types_item_data.to_dict()
                service_types.append(service_types_item)

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)

        printable = self.printable

        allow_counter_offers = self.allow_counter_offers

        require_gps = self.require_gps

        w2 = self.w2

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        confidential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidential, Unset):
            confidential = self.confidential.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay, Unset):
            pay = self.pay.to_dict()

        contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if type_of_work is not UNSET:
            field_dict["type_of_work"] = type_of_work
        if additional_type_of_works is not UNSET:
            field_dict["additional_type_of_works"] = additional_type_of_works
        if service_types is not UNSET:
            field_dict["service_types"] = service_types
        if client is not UNSET:
            field_dict["client"] = client
        if project is not UNSET:
            field_dict["project"] = project
        if template is not UNSET:
            field_dict["template"] = template
        if team is not UNSET:
            field_dict["team"] = team
        if manager is not UNSET:
            field_dict["manager"] = manager
        if networks is not UNSET:
            field_dict["networks"] = networks
        if printable is not UNSET:
            field_dict["printable"] = printable
        if allow_counter_offers is not UNSET:
            field_dict["allow_counter_offers"] = allow_counter_offers
        if require_gps is not UNSET:
            field_dict["require_gps"] = require_gps
        if w2 is not UNSET:
            field_dict["w2"] = w2
        if description is not UNSET:
            field_dict["description"] = description
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if location is not UNSET:
            field_dict["location"] = location
        if pay is not UNSET:
            field_dict["pay"] = pay
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_folder_list import AttachmentFolderList  # noqa: PLC0415
        from ..models.contact_list import ContactList  # noqa: PLC0415
        from ..models.custom_field_list import CustomFieldList  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415
        from ..models.pay import Pay  # noqa: PLC0415
        from ..models.service_type import ServiceType  # noqa: PLC0415
        from ..models.task_list import TaskList  # noqa: PLC0415
        from ..models.template_rich_text import TemplateRichText  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _type_of_work = d.pop("type_of_work", UNSET)
        type_of_work: TypeOfWork | Unset
        if isinstance(_type_of_work, Unset):
            type_of_work = UNSET
        else:
            type_of_work = TypeOfWork.from_dict(_type_of_work)

        _additional_type_of_works = d.pop("additional_type_of_works", UNSET)
        additional_type_of_works: list[TypeOfWork] | Unset = UNSET
        if _additional_type_of_works is not UNSET:
            additional_type_of_works = []
            for additional_type_of_works_item_data in _additional_type_of_works:
                additional_type_of_works_item = TypeOfWork.from_dict(additional_type_of_works_item_data)

                additional_type_of_works.append(additional_type_of_works_item)

        _service_types = d.pop("service_types", UNSET)
        service_types: list[ServiceType] | Unset = UNSET
        if _service_types is not UNSET:
            service_types = []
            for service_types_item_data in _service_types:
                service_types_item = ServiceType.from_dict(service_types_item_data)

                service_types.append(service_types_item)

        _client = d.pop("client", UNSET)
        client: IdName | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = IdName.from_dict(_client)

        _project = d.pop("project", UNSET)
        project: IdName | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = IdName.from_dict(_project)

        _template = d.pop("template", UNSET)
        template: IdRef | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = IdRef.from_dict(_template)

        _team = d.pop("team", UNSET)
        team: IdRef | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = IdRef.from_dict(_team)

        _manager = d.pop("manager", UNSET)
        manager: UserRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = UserRef.from_dict(_manager)

        _networks = d.pop("networks", UNSET)
        networks: list[IdName] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = IdName.from_dict(networks_item_data)

                networks.append(networks_item)

        printable = d.pop("printable", UNSET)

        allow_counter_offers = d.pop("allow_counter_offers", UNSET)

        require_gps = d.pop("require_gps", UNSET)

        w2 = d.pop("w2", UNSET)

        _description = d.pop("description", UNSET)
        description: TemplateRichText | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = TemplateRichText.from_dict(_description)

        _confidential = d.pop("confidential", UNSET)
        confidential: TemplateRichText | Unset
        if isinstance(_confidential, Unset):
            confidential = UNSET
        else:
            confidential = TemplateRichText.from_dict(_confidential)

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        _pay = d.pop("pay", UNSET)
        pay: Pay | Unset
        if isinstance(_pay, Unset):
            pay = UNSET
        else:
            pay = Pay.from_dict(_pay)

        _contacts = d.pop("contacts", UNSET)
        contacts: ContactList | Unset
        if isinstance(_contacts, Unset):
            contacts = UNSET
        else:
            contacts = ContactList.from_dict(_contacts)

        _tasks = d.pop("tasks", UNSET)
        tasks: TaskList | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = TaskList.from_dict(_tasks)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomFieldList | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFieldList.from_dict(_custom_fields)

        _attachments = d.pop("attachments", UNSET)
        attachments: AttachmentFolderList | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = AttachmentFolderList.from_dict(_attachments)

        template_data = cls(
            title=title,
            type_of_work=type_of_work,
            additional_type_of_works=additional_type_of_works,
            service_types=service_types,
            client=client,
            project=project,
            template=template,
            team=team,
            manager=manager,
            networks=networks,
            printable=printable,
            allow_counter_offers=allow_counter_offers,
            require_gps=require_gps,
            w2=w2,
            description=description,
            confidential=confidential,
            location=location,
            pay=pay,
            contacts=contacts,
            tasks=tasks,
            custom_fields=custom_fields,
            attachments=attachments,
        )

        template_data.additional_properties = d
        return template_data

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

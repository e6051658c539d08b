from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.location_input import LocationInput
    from ..models.pay_input import PayInput
    from ..models.schedule_input import ScheduleInput
    from ..models.work_order_contacts_input import WorkOrderContactsInput
    from ..models.work_order_create_equipments_item import WorkOrderCreateEquipmentsItem
    from ..models.work_order_custom_fields_input import WorkOrderCustomFieldsInput
    from ..models.work_order_rich_text import WorkOrderRichText
    from ..models.work_order_shipments_input import WorkOrderShipmentsInput
    from ..models.work_order_site_revisit_info import WorkOrderSiteRevisitInfo
    from ..models.work_order_tasks_input import WorkOrderTasksInput
    from ..models.work_order_type_of_work_input import WorkOrderTypeOfWorkInput


T = TypeVar("T", bound="WorkOrderCreate")


@_attrs_define
class WorkOrderCreate:
    """Body of a new work order. Only `title` is required: a work order with just a title is created as a draft and can be
    completed later, section by section. Reference ids (types of work, template, client, project, manager) come from
    their lookup endpoints.

        Example:
            {'title': 'Replace POS terminal at store 42', 'description': {'html': '<p>Swap the failed POS terminal at lane 3
                and test a card transaction.</p>'}, 'confidential': {'html': 'Ask for the store manager, Jim, at the service
                desk.'}, 'types_of_work': [{'id': 62, 'isPrimary': True}], 'template': {'id': 88}, 'client': {'id': 301},
                'project': {'id': 2201}, 'manager': {'id': 7001}, 'require_gps': True, 'allow_counter_offers': True}

        Attributes:
            title (str): Title of the work order.
            description (str | Unset | WorkOrderRichText): Text on input: `{"html": "..."}` as every Field Nation example
                sends it. A bare string is accepted too; the local sandbox stores it as `html`. Example: {'html': '<p>Swap the
                failed POS terminal at lane 3.</p>'}.
            confidential (str | Unset | WorkOrderRichText): Text on input: `{"html": "..."}` as every Field Nation example
                sends it. A bare string is accepted too; the local sandbox stores it as `html`. Example: {'html': '<p>Swap the
                failed POS terminal at lane 3.</p>'}.
            types_of_work (list[WorkOrderTypeOfWorkInput] | Unset): Types of work; mark one as primary.
            type_of_work (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            service_types (list[IdRef] | Unset): Service types (deprecated by Field Nation).
            template (IdRef | None | Unset): Template to start from; its values fill whatever the body leaves out. `null`
                (legacy examples) means no template.
            template_id (int | Unset): Template id, the classification guide's spelling of `template.id` ("template_id in
                your Create request"); `template` wins when both are sent.
            default_template_id (int | Unset): Id of the company's default template.
            is_universal_template (bool | Unset): Whether `template` is a universal (cross-company) template.
            ignore_template (bool | Unset): Do not apply the company's default template.
            client (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            project (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            manager (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            service_contract (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            team (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            networks (list[IdRef] | Unset): Networks (talent pools) to offer the work order in.
            location (LocationInput | Unset): The location to set on a work order. For `custom`, send the full address (the
                platform replaces the whole address, so send every field even when changing one). For `location`, send
                `saved_location.id`. For `remote`, `mode` alone is enough. Example: {'mode': 'custom', 'display_name':
                'Northside Office Supply', 'address1': '1254 Commerce Lane', 'address2': 'Suite 100', 'city': 'Minneapolis',
                'state': 'MN', 'zip': '55402', 'country': 'US', 'type': {'id': 1}}.
            schedule (ScheduleInput | Unset): Changes to a work order's schedule inside a work order body. Only the fields
                sent are changed. Example: {'service_window': {'mode': 'between', 'start': {'utc': '2026-07-01T14:00:00Z'},
                'end': {'utc': '2026-07-01T22:00:00Z'}}, 'schedule_note': 'Please arrive before noon if possible.'}.
            pay (PayInput | Unset): Changes to a work order's pay rate. Only the fields sent are changed; send both `base`
                and `additional` to clear pay options set before (for example the second tier of blended pay). Example: {'type':
                'blended', 'base': {'amount': 400, 'units': 2}, 'additional': {'amount': 25, 'units': 1}}.
            require_ontime (bool | Unset): Hard start; the provider must arrive on time.
            require_gps (bool | Unset):
            allow_counter_offers (bool | Unset):
            printable (bool | Unset):
            incident_id (str | Unset): External incident or site id to attach.
            site_revisit (WorkOrderSiteRevisitInfo | Unset): Job-status summary of a work order that may need a return
                visit. Example: {'job_status': 'incomplete', 'revisit_count': 1, 'incomplete_reason': {'reason_id': 8,
                'reason_name': 'Incorrect part provided'}}.
            equipments (list[WorkOrderCreateEquipmentsItem] | Unset): Equipment records to attach (structure defined by the
                company's configuration).
            auto_dispatch_rule (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            smart_audit_rule_id (int | Unset):
            qualifications_enabled (bool | Unset): Whether qualification requirements are enforced.
            contacts (WorkOrderContactsInput | Unset): Contacts to add to the work order, in the `{results: [...]}` envelope
                of the contacts guide; each item is the body of `POST /workorders/{work_order_id}/contacts`. Example:
                {'results': [{'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'notes': 'Store
                manager, available 8am-5pm weekdays.'}]}.
            tasks (WorkOrderTasksInput | Unset): Tasks to add to the work order, in the `{results: [...]}` envelope the work
                order shows them in; each item is the body of `POST /workorders/{work_order_id}/tasks`. Example: {'results':
                [{'group': {'id': 'prep'}, 'type': {'id': 1}}, {'group': {'id': 'post'}, 'type': {'id': 8}, 'phone':
                '+1-612-555-0143'}]}.
            custom_fields (WorkOrderCustomFieldsInput | Unset): Custom field values to set, grouped like the work order's
                `custom_fields` answer: a list of categories, each with its `results` of `{id, value}` (custom-fields guide,
                "When creating a work order, include custom field values"). Example: {'results': [{'results': [{'id': 129,
                'value': 'Store'}]}]}.
            shipments (WorkOrderShipmentsInput | Unset): Shipments to add to the work order, in the `{results: [...]}`
                envelope; each item is the body of `POST /workorders/{work_order_id}/shipments`.
    """

    title: str
    description: str | Unset | WorkOrderRichText = UNSET
    confidential: str | Unset | WorkOrderRichText = UNSET
    types_of_work: list[WorkOrderTypeOfWorkInput] | Unset = UNSET
    type_of_work: IdRef | Unset = UNSET
    service_types: list[IdRef] | Unset = UNSET
    template: IdRef | None | Unset = UNSET
    template_id: int | Unset = UNSET
    default_template_id: int | Unset = UNSET
    is_universal_template: bool | Unset = UNSET
    ignore_template: bool | Unset = UNSET
    client: IdRef | Unset = UNSET
    project: IdRef | Unset = UNSET
    manager: IdRef | Unset = UNSET
    service_contract: IdRef | Unset = UNSET
    team: IdRef | Unset = UNSET
    networks: list[IdRef] | Unset = UNSET
    location: LocationInput | Unset = UNSET
    schedule: ScheduleInput | Unset = UNSET
    pay: PayInput | Unset = UNSET
    require_ontime: bool | Unset = UNSET
    require_gps: bool | Unset = UNSET
    allow_counter_offers: bool | Unset = UNSET
    printable: bool | Unset = UNSET
    incident_id: str | Unset = UNSET
    site_revisit: WorkOrderSiteRevisitInfo | Unset = UNSET
    equipments: list[WorkOrderCreateEquipmentsItem] | Unset = UNSET
    auto_dispatch_rule: IdRef | Unset = UNSET
    smart_audit_rule_id: int | Unset = UNSET
    qualifications_enabled: bool | Unset = UNSET
    contacts: WorkOrderContactsInput | Unset = UNSET
    tasks: WorkOrderTasksInput | Unset = UNSET
    custom_fields: WorkOrderCustomFieldsInput | Unset = UNSET
    shipments: WorkOrderShipmentsInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.work_order_rich_text import WorkOrderRichText  # noqa: PLC0415

        title = self.title

        description: dict[str, Any] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, WorkOrderRichText):
            description = self.description.to_dict()
        else:
            description = self.description

        confidential: dict[str, Any] | str | Unset
        if isinstance(self.confidential, Unset):
            confidential = UNSET
        elif isinstance(self.confidential, WorkOrderRichText):
            confidential = self.confidential.to_dict()
        else:
            confidential = self.confidential

        types_of_work: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types_of_work, Unset):
            types_of_work = []
            for types_of_work_item_data in self.types_of_work:
                types_of_work_item = types_of_work_item_data.to_dict()
                types_of_work.append(types_of_work_item)

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

        service_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_types, Unset):
            service_types = []
            for service_types_item_data in self.service_types:
                service_types_item = service_types_item_data.to_dict()
                service_types.append(service_types_item)

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, IdRef):
            template = self.template.to_dict()
        else:
            template = self.template

        template_id = self.template_id

        default_template_id = self.default_template_id

        is_universal_template = self.is_universal_template

        ignore_template = self.ignore_template

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        service_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_contract, Unset):
            service_contract = self.service_contract.to_dict()

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay, Unset):
            pay = self.pay.to_dict()

        require_ontime = self.require_ontime

        require_gps = self.require_gps

        allow_counter_offers = self.allow_counter_offers

        printable = self.printable

        incident_id = self.incident_id

        site_revisit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_revisit, Unset):
            site_revisit = self.site_revisit.to_dict()

        equipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.equipments, Unset):
            equipments = []
            for equipments_item_data in self.equipments:
                equipments_item = equipments_item_data.to_dict()
                equipments.append(equipments_item)

        auto_dispatch_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_dispatch_rule, Unset):
            auto_dispatch_rule = self.auto_dispatch_rule.to_dict()

        smart_audit_rule_id = self.smart_audit_rule_id

        qualifications_enabled = self.qualifications_enabled

        contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        shipments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipments, Unset):
            shipments = self.shipments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"title": title})
        if description is not UNSET:
            field_dict["description"] = description
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if types_of_work is not UNSET:
            field_dict["types_of_work"] = types_of_work
        if type_of_work is not UNSET:
            field_dict["type_of_work"] = type_of_work
        if service_types is not UNSET:
            field_dict["service_types"] = service_types
        if template is not UNSET:
            field_dict["template"] = template
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if default_template_id is not UNSET:
            field_dict["defaultTemplateId"] = default_template_id
        if is_universal_template is not UNSET:
            field_dict["isUniversalTemplate"] = is_universal_template
        if ignore_template is not UNSET:
            field_dict["ignore_template"] = ignore_template
        if client is not UNSET:
            field_dict["client"] = client
        if project is not UNSET:
            field_dict["project"] = project
        if manager is not UNSET:
            field_dict["manager"] = manager
        if service_contract is not UNSET:
            field_dict["service_contract"] = service_contract
        if team is not UNSET:
            field_dict["team"] = team
        if networks is not UNSET:
            field_dict["networks"] = networks
        if location is not UNSET:
            field_dict["location"] = location
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if pay is not UNSET:
            field_dict["pay"] = pay
        if require_ontime is not UNSET:
            field_dict["require_ontime"] = require_ontime
        if require_gps is not UNSET:
            field_dict["require_gps"] = require_gps
        if allow_counter_offers is not UNSET:
            field_dict["allow_counter_offers"] = allow_counter_offers
        if printable is not UNSET:
            field_dict["printable"] = printable
        if incident_id is not UNSET:
            field_dict["incident_id"] = incident_id
        if site_revisit is not UNSET:
            field_dict["site_revisit"] = site_revisit
        if equipments is not UNSET:
            field_dict["equipments"] = equipments
        if auto_dispatch_rule is not UNSET:
            field_dict["auto_dispatch_rule"] = auto_dispatch_rule
        if smart_audit_rule_id is not UNSET:
            field_dict["smart_audit_rule_id"] = smart_audit_rule_id
        if qualifications_enabled is not UNSET:
            field_dict["qualificationsEnabled"] = qualifications_enabled
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if shipments is not UNSET:
            field_dict["shipments"] = shipments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.location_input import LocationInput  # noqa: PLC0415
        from ..models.pay_input import PayInput  # noqa: PLC0415
        from ..models.schedule_input import ScheduleInput  # noqa: PLC0415
        from ..models.work_order_contacts_input import WorkOrderContactsInput  # noqa: PLC0415
        from ..models.work_order_create_equipments_item import WorkOrderCreateEquipmentsItem  # noqa: PLC0415
        from ..models.work_order_custom_fields_input import WorkOrderCustomFieldsInput  # noqa: PLC0415
        from ..models.work_order_rich_text import WorkOrderRichText  # noqa: PLC0415
        from ..models.work_order_shipments_input import WorkOrderShipmentsInput  # noqa: PLC0415
        from ..models.work_order_site_revisit_info import WorkOrderSiteRevisitInfo  # noqa: PLC0415
        from ..models.work_order_tasks_input import WorkOrderTasksInput  # noqa: PLC0415
        from ..models.work_order_type_of_work_input import WorkOrderTypeOfWorkInput  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_description(data: object) -> str | Unset | WorkOrderRichText:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_work_order_text_input_type_1 = WorkOrderRichText.from_dict(data)

                return componentsschemas_work_order_text_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WorkOrderRichText, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_confidential(data: object) -> str | Unset | WorkOrderRichText:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_work_order_text_input_type_1 = WorkOrderRichText.from_dict(data)

                return componentsschemas_work_order_text_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WorkOrderRichText, data)

        confidential = _parse_confidential(d.pop("confidential", UNSET))

        _types_of_work = d.pop("types_of_work", UNSET)
        types_of_work: list[WorkOrderTypeOfWorkInput] | Unset = UNSET
        if _types_of_work is not UNSET:
            types_of_work = []
            for types_of_work_item_data in _types_of_work:
                types_of_work_item = WorkOrderTypeOfWorkInput.from_dict(types_of_work_item_data)

                types_of_work.append(types_of_work_item)

        _type_of_work = d.pop("type_of_work", UNSET)
        type_of_work: IdRef | Unset
        if isinstance(_type_of_work, Unset):
            type_of_work = UNSET
        else:
            type_of_work = IdRef.from_dict(_type_of_work)

        _service_types = d.pop("service_types", UNSET)
        service_types: list[IdRef] | Unset = UNSET
        if _service_types is not UNSET:
            service_types = []
            for service_types_item_data in _service_types:
                service_types_item = IdRef.from_dict(service_types_item_data)

                service_types.append(service_types_item)

        def _parse_template(data: object) -> IdRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_0 = IdRef.from_dict(data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdRef | None | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        template_id = d.pop("template_id", UNSET)

        default_template_id = d.pop("defaultTemplateId", UNSET)

        is_universal_template = d.pop("isUniversalTemplate", UNSET)

        ignore_template = d.pop("ignore_template", UNSET)

        _client = d.pop("client", UNSET)
        client: IdRef | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = IdRef.from_dict(_client)

        _project = d.pop("project", UNSET)
        project: IdRef | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = IdRef.from_dict(_project)

        _manager = d.pop("manager", UNSET)
        manager: IdRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = IdRef.from_dict(_manager)

        _service_contract = d.pop("service_contract", UNSET)
        service_contract: IdRef | Unset
        if isinstance(_service_contract, Unset):
            service_contract = UNSET
        else:
            service_contract = IdRef.from_dict(_service_contract)

        _team = d.pop("team", UNSET)
        team: IdRef | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = IdRef.from_dict(_team)

        _networks = d.pop("networks", UNSET)
        networks: list[IdRef] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = IdRef.from_dict(networks_item_data)

                networks.append(networks_item)

        _location = d.pop("location", UNSET)
        location: LocationInput | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInput.from_dict(_location)

        _schedule = d.pop("schedule", UNSET)
        schedule: ScheduleInput | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = ScheduleInput.from_dict(_schedule)

        _pay = d.pop("pay", UNSET)
        pay: PayInput | Unset
        if isinstance(_pay, Unset):
            pay = UNSET
        else:
            pay = PayInput.from_dict(_pay)

        require_ontime = d.pop("require_ontime", UNSET)

        require_gps = d.pop("require_gps", UNSET)

        allow_counter_offers = d.pop("allow_counter_offers", UNSET)

        printable = d.pop("printable", UNSET)

        incident_id = d.pop("incident_id", UNSET)

        _site_revisit = d.pop("site_revisit", UNSET)
        site_revisit: WorkOrderSiteRevisitInfo | Unset
        if isinstance(_site_revisit, Unset):
            site_revisit = UNSET
        else:
            site_revisit = WorkOrderSiteRevisitInfo.from_dict(_site_revisit)

        _equipments = d.pop("equipments", UNSET)
        equipments: list[WorkOrderCreateEquipmentsItem] | Unset = UNSET
        if _equipments is not UNSET:
            equipments = []
            for equipments_item_data in _equipments:
                equipments_item = WorkOrderCreateEquipmentsItem.from_dict(equipments_item_data)

                equipments.append(equipments_item)

        _auto_dispatch_rule = d.pop("auto_dispatch_rule", UNSET)
        auto_dispatch_rule: IdRef | Unset
        if isinstance(_auto_dispatch_rule, Unset):
            auto_dispatch_rule = UNSET
        else:
            auto_dispatch_rule = IdRef.from_dict(_auto_dispatch_rule)

        smart_audit_rule_id = d.pop("smart_audit_rule_id", UNSET)

        qualifications_enabled = d.pop("qualificationsEnabled", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: WorkOrderContactsInput | Unset
        if isinstance(_contacts, Unset):
            contacts = UNSET
        else:
            contacts = WorkOrderContactsInput.from_dict(_contacts)

        _tasks = d.pop("tasks", UNSET)
        tasks: WorkOrderTasksInput | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = WorkOrderTasksInput.from_dict(_tasks)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: WorkOrderCustomFieldsInput | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = WorkOrderCustomFieldsInput.from_dict(_custom_fields)

        _shipments = d.pop("shipments", UNSET)
        shipments: WorkOrderShipmentsInput | Unset
        if isinstance(_shipments, Unset):
            shipments = UNSET
        else:
            shipments = WorkOrderShipmentsInput.from_dict(_shipments)

        work_order_create = cls(
            title=title,
            description=description,
            confidential=confidential,
            types_of_work=types_of_work,
            type_of_work=type_of_work,
            service_types=service_types,
            template=template,
            template_id=template_id,
            default_template_id=default_template_id,
            is_universal_template=is_universal_template,
            ignore_template=ignore_template,
            client=client,
            project=project,
            manager=manager,
            service_contract=service_contract,
            team=team,
            networks=networks,
            location=location,
            schedule=schedule,
            pay=pay,
            require_ontime=require_ontime,
            require_gps=require_gps,
            allow_counter_offers=allow_counter_offers,
            printable=printable,
            incident_id=incident_id,
            site_revisit=site_revisit,
            equipments=equipments,
            auto_dispatch_rule=auto_dispatch_rule,
            smart_audit_rule_id=smart_audit_rule_id,
            qualifications_enabled=qualifications_enabled,
            contacts=contacts,
            tasks=tasks,
            custom_fields=custom_fields,
            shipments=shipments,
        )

        work_order_create.additional_properties = d
        return work_order_create

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

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.location_input import LocationInput, LocationInputDict
    from ..models.pay_input import PayInput, PayInputDict
    from ..models.schedule_input import ScheduleInput, ScheduleInputDict
    from ..models.work_order_contacts_input import WorkOrderContactsInput, WorkOrderContactsInputDict
    from ..models.work_order_create_equipments_item import (
        WorkOrderCreateEquipmentsItem,
        WorkOrderCreateEquipmentsItemDict,
    )
    from ..models.work_order_custom_fields_input import (
        WorkOrderCustomFieldsInput,
        WorkOrderCustomFieldsInputDict,
    )
    from ..models.work_order_rich_text import WorkOrderRichText, WorkOrderRichTextDict
    from ..models.work_order_shipments_input import WorkOrderShipmentsInput, WorkOrderShipmentsInputDict
    from ..models.work_order_site_revisit_info import WorkOrderSiteRevisitInfo, WorkOrderSiteRevisitInfoDict
    from ..models.work_order_tasks_input import WorkOrderTasksInput, WorkOrderTasksInputDict
    from ..models.work_order_type_of_work_input import WorkOrderTypeOfWorkInput, WorkOrderTypeOfWorkInputDict


class WorkOrderCreate(_m.BaseModel):
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
            description (str | WorkOrderRichText | None): Text on input: `{"html": "..."}` as every Field Nation example
                sends it. A bare string is accepted too; the local sandbox stores it as `html`.
            confidential (str | WorkOrderRichText | None): Text on input: `{"html": "..."}` as every Field Nation example
                sends it. A bare string is accepted too; the local sandbox stores it as `html`.
            types_of_work (list[WorkOrderTypeOfWorkInput] | None): Types of work; mark one as primary.
            type_of_work (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            service_types (list[IdRef] | None): Service types (deprecated by Field Nation).
            template (IdRef | None): Template to start from; its values fill whatever the body leaves out. `null` (legacy
                examples) means no template.
            template_id (int | None): Template id, the classification guide's spelling of `template.id` ("template_id in
                your Create request"); `template` wins when both are sent.
            default_template_id (int | None): Id of the company's default template.
            is_universal_template (bool | None): Whether `template` is a universal (cross-company) template.
            ignore_template (bool | None): Do not apply the company's default template.
            client (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            project (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            manager (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            service_contract (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            team (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            networks (list[IdRef] | None): Networks (talent pools) to offer the work order in.
            location (LocationInput | None): The location to set on a work order. For `custom`, send the full address (the
                platform replaces the whole address, so send every field even when changing one). For `location`, send
                `saved_location.id`. For `remote`, `mode` alone is enough.
            schedule (ScheduleInput | None): Changes to a work order's schedule inside a work order body. Only the fields
                sent are changed.
            pay (PayInput | None): Changes to a work order's pay rate. Only the fields sent are changed; send both `base`
                and `additional` to clear pay options set before (for example the second tier of blended pay).
            require_ontime (bool | None): Hard start; the provider must arrive on time.
            require_gps (bool | None):
            allow_counter_offers (bool | None):
            printable (bool | None):
            incident_id (str | None): External incident or site id to attach.
            site_revisit (WorkOrderSiteRevisitInfo | None): Job-status summary of a work order that may need a return visit.
            equipments (list[WorkOrderCreateEquipmentsItem] | None): Equipment records to attach (structure defined by the
                company's configuration).
            auto_dispatch_rule (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            smart_audit_rule_id (int | None):
            qualifications_enabled (bool | None): Whether qualification requirements are enforced.
            contacts (WorkOrderContactsInput | None): Contacts to add to the work order, in the `{results: [...]}` envelope
                of the contacts guide; each item is the body of `POST /workorders/{work_order_id}/contacts`.
            tasks (WorkOrderTasksInput | None): Tasks to add to the work order, in the `{results: [...]}` envelope the work
                order shows them in; each item is the body of `POST /workorders/{work_order_id}/tasks`.
            custom_fields (WorkOrderCustomFieldsInput | None): Custom field values to set, grouped like the work order's
                `custom_fields` answer: a list of categories, each with its `results` of `{id, value}` (custom-fields guide,
                "When creating a work order, include custom field values").
            shipments (WorkOrderShipmentsInput | None): Shipments to add to the work order, in the `{results: [...]}`
                envelope; each item is the body of `POST /workorders/{work_order_id}/shipments`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        title: str,
        description: str | WorkOrderRichText | Unset = UNSET,
        confidential: str | WorkOrderRichText | Unset = UNSET,
        types_of_work: list[WorkOrderTypeOfWorkInput] | Unset = UNSET,
        type_of_work: IdRef | Unset = UNSET,
        service_types: list[IdRef] | Unset = UNSET,
        template: IdRef | None | Unset = UNSET,
        template_id: int | Unset = UNSET,
        default_template_id: int | Unset = UNSET,
        is_universal_template: bool | Unset = UNSET,
        ignore_template: bool | Unset = UNSET,
        client: IdRef | Unset = UNSET,
        project: IdRef | Unset = UNSET,
        manager: IdRef | Unset = UNSET,
        service_contract: IdRef | Unset = UNSET,
        team: IdRef | Unset = UNSET,
        networks: list[IdRef] | Unset = UNSET,
        location: LocationInput | Unset = UNSET,
        schedule: ScheduleInput | Unset = UNSET,
        pay: PayInput | Unset = UNSET,
        require_ontime: bool | Unset = UNSET,
        require_gps: bool | Unset = UNSET,
        allow_counter_offers: bool | Unset = UNSET,
        printable: bool | Unset = UNSET,
        incident_id: str | Unset = UNSET,
        site_revisit: WorkOrderSiteRevisitInfo | Unset = UNSET,
        equipments: list[WorkOrderCreateEquipmentsItem] | Unset = UNSET,
        auto_dispatch_rule: IdRef | Unset = UNSET,
        smart_audit_rule_id: int | Unset = UNSET,
        qualifications_enabled: bool | Unset = UNSET,
        contacts: WorkOrderContactsInput | Unset = UNSET,
        tasks: WorkOrderTasksInput | Unset = UNSET,
        custom_fields: WorkOrderCustomFieldsInput | Unset = UNSET,
        shipments: WorkOrderShipmentsInput | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("title", title)
        self._set("description", description)
        self._set("confidential", confidential)
        self._set("types_of_work", types_of_work)
        self._set("type_of_work", type_of_work)
        self._set("service_types", service_types)
        self._set("template", template)
        self._set("template_id", template_id)
        self._set("defaultTemplateId", default_template_id)
        self._set("isUniversalTemplate", is_universal_template)
        self._set("ignore_template", ignore_template)
        self._set("client", client)
        self._set("project", project)
        self._set("manager", manager)
        self._set("service_contract", service_contract)
        self._set("team", team)
        self._set("networks", networks)
        self._set("location", location)
        self._set("schedule", schedule)
        self._set("pay", pay)
        self._set("require_ontime", require_ontime)
        self._set("require_gps", require_gps)
        self._set("allow_counter_offers", allow_counter_offers)
        self._set("printable", printable)
        self._set("incident_id", incident_id)
        self._set("site_revisit", site_revisit)
        self._set("equipments", equipments)
        self._set("auto_dispatch_rule", auto_dispatch_rule)
        self._set("smart_audit_rule_id", smart_audit_rule_id)
        self._set("qualificationsEnabled", qualifications_enabled)
        self._set("contacts", contacts)
        self._set("tasks", tasks)
        self._set("custom_fields", custom_fields)
        self._set("shipments", shipments)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
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

        return {
            "title": _m.Field(_m.STR, True, False),
            "description": _m.Field(_m.Union((_m.STR, _m.Model(WorkOrderRichText))), False, False),
            "confidential": _m.Field(_m.Union((_m.STR, _m.Model(WorkOrderRichText))), False, False),
            "types_of_work": _m.Field(_m.List(_m.Model(WorkOrderTypeOfWorkInput)), False, False),
            "type_of_work": _m.Field(_m.Model(IdRef), False, False),
            "service_types": _m.Field(_m.List(_m.Model(IdRef)), False, False),
            "template": _m.Field(_m.Model(IdRef), False, True),
            "template_id": _m.Field(_m.INT, False, False),
            "defaultTemplateId": _m.Field(_m.INT, False, False),
            "isUniversalTemplate": _m.Field(_m.BOOL, False, False),
            "ignore_template": _m.Field(_m.BOOL, False, False),
            "client": _m.Field(_m.Model(IdRef), False, False),
            "project": _m.Field(_m.Model(IdRef), False, False),
            "manager": _m.Field(_m.Model(IdRef), False, False),
            "service_contract": _m.Field(_m.Model(IdRef), False, False),
            "team": _m.Field(_m.Model(IdRef), False, False),
            "networks": _m.Field(_m.List(_m.Model(IdRef)), False, False),
            "location": _m.Field(_m.Model(LocationInput), False, False),
            "schedule": _m.Field(_m.Model(ScheduleInput), False, False),
            "pay": _m.Field(_m.Model(PayInput), False, False),
            "require_ontime": _m.Field(_m.BOOL, False, False),
            "require_gps": _m.Field(_m.BOOL, False, False),
            "allow_counter_offers": _m.Field(_m.BOOL, False, False),
            "printable": _m.Field(_m.BOOL, False, False),
            "incident_id": _m.Field(_m.STR, False, False),
            "site_revisit": _m.Field(_m.Model(WorkOrderSiteRevisitInfo), False, False),
            "equipments": _m.Field(_m.List(_m.Model(WorkOrderCreateEquipmentsItem)), False, False),
            "auto_dispatch_rule": _m.Field(_m.Model(IdRef), False, False),
            "smart_audit_rule_id": _m.Field(_m.INT, False, False),
            "qualificationsEnabled": _m.Field(_m.BOOL, False, False),
            "contacts": _m.Field(_m.Model(WorkOrderContactsInput), False, False),
            "tasks": _m.Field(_m.Model(WorkOrderTasksInput), False, False),
            "custom_fields": _m.Field(_m.Model(WorkOrderCustomFieldsInput), False, False),
            "shipments": _m.Field(_m.Model(WorkOrderShipmentsInput), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def title(self) -> str:
        """Title of the work order."""
        return cast("str", self._get("title"))

    @title.setter
    def title(self, value: str) -> None:
        self._set("title", value)

    @property
    def description(self) -> str | WorkOrderRichText | None:
        """Text on input: `{"html": "..."}` as every Field Nation example sends it. A bare string is accepted
        too; the local sandbox stores it as `html`."""
        return cast("str | WorkOrderRichText | None", self._get("description"))

    @description.setter
    def description(self, value: str | WorkOrderRichText | None) -> None:
        self._set("description", value)

    @property
    def confidential(self) -> str | WorkOrderRichText | None:
        """Text on input: `{"html": "..."}` as every Field Nation example sends it. A bare string is accepted
        too; the local sandbox stores it as `html`."""
        return cast("str | WorkOrderRichText | None", self._get("confidential"))

    @confidential.setter
    def confidential(self, value: str | WorkOrderRichText | None) -> None:
        self._set("confidential", value)

    @property
    def types_of_work(self) -> list[WorkOrderTypeOfWorkInput] | None:
        """Types of work; mark one as primary."""
        return cast("list[WorkOrderTypeOfWorkInput] | None", self._get("types_of_work"))

    @types_of_work.setter
    def types_of_work(self, value: list[WorkOrderTypeOfWorkInput] | None) -> None:
        self._set("types_of_work", value)

    @property
    def type_of_work(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("type_of_work"))

    @type_of_work.setter
    def type_of_work(self, value: IdRef | None) -> None:
        self._set("type_of_work", value)

    @property
    def service_types(self) -> list[IdRef] | None:
        """Service types (deprecated by Field Nation)."""
        return cast("list[IdRef] | None", self._get("service_types"))

    @service_types.setter
    def service_types(self, value: list[IdRef] | None) -> None:
        self._set("service_types", value)

    @property
    def template(self) -> IdRef | None:
        """Template to start from; its values fill whatever the body leaves out. `null` (legacy examples) means
        no template."""
        return cast("IdRef | None", self._get("template"))

    @template.setter
    def template(self, value: IdRef | None) -> None:
        self._set("template", value)

    @property
    def template_id(self) -> int | None:
        """Template id, the classification guide's spelling of `template.id` ("template_id in your Create
        request"); `template` wins when both are sent."""
        return cast("int | None", self._get("template_id"))

    @template_id.setter
    def template_id(self, value: int | None) -> None:
        self._set("template_id", value)

    @property
    def default_template_id(self) -> int | None:
        """Id of the company's default template."""
        return cast("int | None", self._get("defaultTemplateId"))

    @default_template_id.setter
    def default_template_id(self, value: int | None) -> None:
        self._set("defaultTemplateId", value)

    @property
    def is_universal_template(self) -> bool | None:
        """Whether `template` is a universal (cross-company) template."""
        return cast("bool | None", self._get("isUniversalTemplate"))

    @is_universal_template.setter
    def is_universal_template(self, value: bool | None) -> None:
        self._set("isUniversalTemplate", value)

    @property
    def ignore_template(self) -> bool | None:
        """Do not apply the company's default template."""
        return cast("bool | None", self._get("ignore_template"))

    @ignore_template.setter
    def ignore_template(self, value: bool | None) -> None:
        self._set("ignore_template", value)

    @property
    def client(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("client"))

    @client.setter
    def client(self, value: IdRef | None) -> None:
        self._set("client", value)

    @property
    def project(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("project"))

    @project.setter
    def project(self, value: IdRef | None) -> None:
        self._set("project", value)

    @property
    def manager(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: IdRef | None) -> None:
        self._set("manager", value)

    @property
    def service_contract(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("service_contract"))

    @service_contract.setter
    def service_contract(self, value: IdRef | None) -> None:
        self._set("service_contract", value)

    @property
    def team(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("team"))

    @team.setter
    def team(self, value: IdRef | None) -> None:
        self._set("team", value)

    @property
    def networks(self) -> list[IdRef] | None:
        """Networks (talent pools) to offer the work order in."""
        return cast("list[IdRef] | None", self._get("networks"))

    @networks.setter
    def networks(self, value: list[IdRef] | None) -> None:
        self._set("networks", value)

    @property
    def location(self) -> LocationInput | None:
        """The location to set on a work order. For `custom`, send the full address (the platform replaces the
        whole address, so send every field even when changing one). For `location`, send
        `saved_location.id`. For `remote`, `mode` alone is enough."""
        return cast("LocationInput | None", self._get("location"))

    @location.setter
    def location(self, value: LocationInput | None) -> None:
        self._set("location", value)

    @property
    def schedule(self) -> ScheduleInput | None:
        """Changes to a work order's schedule inside a work order body. Only the fields sent are changed."""
        return cast("ScheduleInput | None", self._get("schedule"))

    @schedule.setter
    def schedule(self, value: ScheduleInput | None) -> None:
        self._set("schedule", value)

    @property
    def pay(self) -> PayInput | None:
        """Changes to a work order's pay rate. Only the fields sent are changed; send both `base` and
        `additional` to clear pay options set before (for example the second tier of blended pay)."""
        return cast("PayInput | None", self._get("pay"))

    @pay.setter
    def pay(self, value: PayInput | None) -> None:
        self._set("pay", value)

    @property
    def require_ontime(self) -> bool | None:
        """Hard start; the provider must arrive on time."""
        return cast("bool | None", self._get("require_ontime"))

    @require_ontime.setter
    def require_ontime(self, value: bool | None) -> None:
        self._set("require_ontime", value)

    @property
    def require_gps(self) -> bool | None:
        return cast("bool | None", self._get("require_gps"))

    @require_gps.setter
    def require_gps(self, value: bool | None) -> None:
        self._set("require_gps", value)

    @property
    def allow_counter_offers(self) -> bool | None:
        return cast("bool | None", self._get("allow_counter_offers"))

    @allow_counter_offers.setter
    def allow_counter_offers(self, value: bool | None) -> None:
        self._set("allow_counter_offers", value)

    @property
    def printable(self) -> bool | None:
        return cast("bool | None", self._get("printable"))

    @printable.setter
    def printable(self, value: bool | None) -> None:
        self._set("printable", value)

    @property
    def incident_id(self) -> str | None:
        """External incident or site id to attach."""
        return cast("str | None", self._get("incident_id"))

    @incident_id.setter
    def incident_id(self, value: str | None) -> None:
        self._set("incident_id", value)

    @property
    def site_revisit(self) -> WorkOrderSiteRevisitInfo | None:
        """Job-status summary of a work order that may need a return visit."""
        return cast("WorkOrderSiteRevisitInfo | None", self._get("site_revisit"))

    @site_revisit.setter
    def site_revisit(self, value: WorkOrderSiteRevisitInfo | None) -> None:
        self._set("site_revisit", value)

    @property
    def equipments(self) -> list[WorkOrderCreateEquipmentsItem] | None:
        """Equipment records to attach (structure defined by the company's configuration)."""
        return cast("list[WorkOrderCreateEquipmentsItem] | None", self._get("equipments"))

    @equipments.setter
    def equipments(self, value: list[WorkOrderCreateEquipmentsItem] | None) -> None:
        self._set("equipments", value)

    @property
    def auto_dispatch_rule(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("auto_dispatch_rule"))

    @auto_dispatch_rule.setter
    def auto_dispatch_rule(self, value: IdRef | None) -> None:
        self._set("auto_dispatch_rule", value)

    @property
    def smart_audit_rule_id(self) -> int | None:
        return cast("int | None", self._get("smart_audit_rule_id"))

    @smart_audit_rule_id.setter
    def smart_audit_rule_id(self, value: int | None) -> None:
        self._set("smart_audit_rule_id", value)

    @property
    def qualifications_enabled(self) -> bool | None:
        """Whether qualification requirements are enforced."""
        return cast("bool | None", self._get("qualificationsEnabled"))

    @qualifications_enabled.setter
    def qualifications_enabled(self, value: bool | None) -> None:
        self._set("qualificationsEnabled", value)

    @property
    def contacts(self) -> WorkOrderContactsInput | None:
        """Contacts to add to the work order, in the `{results: [...]}` envelope of the contacts guide; each
        item is the body of `POST /workorders/{work_order_id}/contacts`."""
        return cast("WorkOrderContactsInput | None", self._get("contacts"))

    @contacts.setter
    def contacts(self, value: WorkOrderContactsInput | None) -> None:
        self._set("contacts", value)

    @property
    def tasks(self) -> WorkOrderTasksInput | None:
        """Tasks to add to the work order, in the `{results: [...]}` envelope the work order shows them in;
        each item is the body of `POST /workorders/{work_order_id}/tasks`."""
        return cast("WorkOrderTasksInput | None", self._get("tasks"))

    @tasks.setter
    def tasks(self, value: WorkOrderTasksInput | None) -> None:
        self._set("tasks", value)

    @property
    def custom_fields(self) -> WorkOrderCustomFieldsInput | None:
        """Custom field values to set, grouped like the work order's `custom_fields` answer: a list of
        categories, each with its `results` of `{id, value}` (custom-fields guide, "When creating a work
        order, include custom field values")."""
        return cast("WorkOrderCustomFieldsInput | None", self._get("custom_fields"))

    @custom_fields.setter
    def custom_fields(self, value: WorkOrderCustomFieldsInput | None) -> None:
        self._set("custom_fields", value)

    @property
    def shipments(self) -> WorkOrderShipmentsInput | None:
        """Shipments to add to the work order, in the `{results: [...]}` envelope; each item is the body of
        `POST /workorders/{work_order_id}/shipments`."""
        return cast("WorkOrderShipmentsInput | None", self._get("shipments"))

    @shipments.setter
    def shipments(self, value: WorkOrderShipmentsInput | None) -> None:
        self._set("shipments", value)


class WorkOrderCreateDict(TypedDict, total=False):
    """:class:`WorkOrderCreate` as plain data (JSON keys); accepted wherever the model is sent."""

    title: Required[str]
    description: str | WorkOrderRichText | WorkOrderRichTextDict
    confidential: str | WorkOrderRichText | WorkOrderRichTextDict
    types_of_work: list[WorkOrderTypeOfWorkInput | WorkOrderTypeOfWorkInputDict]
    type_of_work: IdRef | IdRefDict
    service_types: list[IdRef | IdRefDict]
    template: IdRef | IdRefDict | None
    template_id: int
    defaultTemplateId: int
    isUniversalTemplate: bool
    ignore_template: bool
    client: IdRef | IdRefDict
    project: IdRef | IdRefDict
    manager: IdRef | IdRefDict
    service_contract: IdRef | IdRefDict
    team: IdRef | IdRefDict
    networks: list[IdRef | IdRefDict]
    location: LocationInput | LocationInputDict
    schedule: ScheduleInput | ScheduleInputDict
    pay: PayInput | PayInputDict
    require_ontime: bool
    require_gps: bool
    allow_counter_offers: bool
    printable: bool
    incident_id: str
    site_revisit: WorkOrderSiteRevisitInfo | WorkOrderSiteRevisitInfoDict
    equipments: list[WorkOrderCreateEquipmentsItem | WorkOrderCreateEquipmentsItemDict]
    auto_dispatch_rule: IdRef | IdRefDict
    smart_audit_rule_id: int
    qualificationsEnabled: bool
    contacts: WorkOrderContactsInput | WorkOrderContactsInputDict
    tasks: WorkOrderTasksInput | WorkOrderTasksInputDict
    custom_fields: WorkOrderCustomFieldsInput | WorkOrderCustomFieldsInputDict
    shipments: WorkOrderShipmentsInput | WorkOrderShipmentsInputDict

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_folder_list import AttachmentFolderList, AttachmentFolderListDict
    from ..models.bundle import Bundle, BundleDict
    from ..models.contact_list import ContactList, ContactListDict
    from ..models.custom_field_list import CustomFieldList, CustomFieldListDict
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.eta import Eta, EtaDict
    from ..models.id_name import IdName, IdNameDict
    from ..models.location import Location, LocationDict
    from ..models.message_list import MessageList, MessageListDict
    from ..models.milestones import Milestones, MilestonesDict
    from ..models.pay import Pay, PayDict
    from ..models.pending_request_list import PendingRequestList, PendingRequestListDict
    from ..models.problem_list import ProblemList, ProblemListDict
    from ..models.qualification_list import QualificationList, QualificationListDict
    from ..models.schedule import Schedule, ScheduleDict
    from ..models.shipment_list import ShipmentList, ShipmentListDict
    from ..models.signature_list import SignatureList, SignatureListDict
    from ..models.site_revisit_list import SiteRevisitList, SiteRevisitListDict
    from ..models.tag_list import TagList, TagListDict
    from ..models.task_list import TaskList, TaskListDict
    from ..models.time_log_list import TimeLogList, TimeLogListDict
    from ..models.user_ref import UserRef, UserRefDict
    from ..models.work_order_assignee import WorkOrderAssignee, WorkOrderAssigneeDict
    from ..models.work_order_networks import WorkOrderNetworks, WorkOrderNetworksDict
    from ..models.work_order_rich_text import WorkOrderRichText, WorkOrderRichTextDict
    from ..models.work_order_site_revisit_info import WorkOrderSiteRevisitInfo, WorkOrderSiteRevisitInfoDict
    from ..models.work_order_status import WorkOrderStatus, WorkOrderStatusDict
    from ..models.work_order_type_of_work import WorkOrderTypeOfWork, WorkOrderTypeOfWorkDict
    from ..models.work_order_types_of_work_list import WorkOrderTypesOfWorkList, WorkOrderTypesOfWorkListDict


class WorkOrder(_m.BaseModel):
    """A work order as the API returns it. Which sections are present depends on the `columns` the caller asked for (and on
    the operation): lists return a handful of columns, the detail call and most writes return the whole object. Every
    section is therefore optional except `id`. Sub-resources (contacts, tasks, pay, ...) are embedded under the same key
    their own endpoints use, as list envelopes (`metadata` + `results`).

        Example:
            {'id': 1001, 'work_order_id': 1001, 'title': 'Replace POS terminal at store 42', 'description': {'html':
                '<p>Swap the failed POS terminal at lane 3 and test a card transaction.</p>'}, 'confidential': {'html': 'Ask for
                the store manager, Jim, at the service desk.'}, 'status': {'id': 2, 'name': 'Published', 'display': 'Published',
                'sub_status': '', 'is_routed': False, 'delay': 0, 'ncns': False, 'confirmed': False}, 'type_of_work': {'id': 62,
                'name': 'Point of Sale'}, 'types_of_work': [{'id': 62, 'name': 'Point of Sale', 'isPrimary': True}], 'company':
                {'id': 501, 'name': 'Acme Field Services'}, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id':
                2201, 'name': 'Spring POS Refresh'}, 'template': {'id': 88, 'name': 'POS terminal swap'}, 'manager': {'id':
                7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'allow_counter_offers': True, 'require_gps': True,
                'require_ontime': False, 'printable': True, 'w2': False, 'created': {'utc': '2026-06-20 15:04:05'}, 'updated':
                {'utc': '2026-06-21 09:30:00'}, 'actions': ['edit', 'unpublish', 'route', 'delete']}

        Attributes:
            id (int): Work order id.
            work_order_id (int | None): The same id repeated; newer answers carry both keys.
            title (str | None): Short title shown to providers.
            href (str | None): API URL of the work order.
            description (WorkOrderRichText | None): Formatted text. `html` may hold plain text or HTML (tags not escaped).
            confidential (WorkOrderRichText | None): Formatted text. `html` may hold plain text or HTML (tags not escaped).
            policy_and_procedures (WorkOrderRichText | None): Formatted text. `html` may hold plain text or HTML (tags not
                escaped).
            standard_instructions (WorkOrderRichText | None): Formatted text. `html` may hold plain text or HTML (tags not
                escaped).
            closing_notes (str | None): Closing notes written by the provider.
            status (WorkOrderStatus | None): The work order's lifecycle status. `id`/`name` give the primary status: 1
                Draft, 2 Published, 9 Routed, 3 Assigned, 4 Work Done, 5 Approved, 6 Paid, 7 Cancelled, 8 Deleted. While
                assigned, `sub_status` and `display` add detail (`Assigned: On My Way`, `Assigned: Delayed`, `Assigned: At
                Risk`, checked in/out, on hold, ...). "In Progress" in the guides is an Assigned work order whose provider is on
                the way or checked in.
            type_of_work (WorkOrderTypeOfWork | None): A type of work as embedded in a work order.
            types_of_work (list[WorkOrderTypeOfWork] | WorkOrderTypesOfWorkList | None): All types of work of the work
                order. Older answers give an array of `{id, name, isPrimary}`; the current playground shows a list envelope
                (`metadata` + `results`). Both shapes are accepted.
            service_types (list[IdName] | None): Service types (deprecated by Field Nation in favour of types of work).
            company (IdName | None): A reference to another object by id, with its display name when the API returns one.
            client (IdName | None): A reference to another object by id, with its display name when the API returns one.
            project (IdName | None): A reference to another object by id, with its display name when the API returns one.
            template (IdName | None): A reference to another object by id, with its display name when the API returns one.
            service_contract (IdName | None): A reference to another object by id, with its display name when the API
                returns one.
            team (IdName | None): A reference to another object by id, with its display name when the API returns one.
            manager (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            assignee (WorkOrderAssignee | None): The provider assigned to the work order, with the actions the caller may
                take on the assignment.
            networks (WorkOrderNetworks | None): Networks (talent pools) the work order is offered in, and the active one.
            incident_id (str | None): External incident or site id attached to the work order.
            site_revisit (WorkOrderSiteRevisitInfo | None): Job-status summary of a work order that may need a return visit.
            printable (bool | None): Whether providers may print the work order.
            allow_counter_offers (bool | None): Whether providers may send counter-offers.
            require_gps (bool | None): Whether check-in requires GPS.
            require_ontime (bool | None): Hard start; the provider must arrive on time.
            w2 (bool | None): Whether the work is done by a W-2 employee of the company.
            pay (Pay | None): The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold,
                computed totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The same
                object is embedded in the work order under `pay`.
            schedule (Schedule | None): The schedule of a work order, as embedded in it under `schedule`.
            eta (Eta | None): The assigned provider's estimated time of arrival: the arrival window they committed to, their
                hour estimate and notes, the confirmation status and, before check-in, their live condition.
            location (Location | None): Where the work happens. `mode` says which kind: `custom` (an address typed on the
                work order), `location` (one of the company's saved locations, in `saved_location`) or `remote` (no site visit).
                The address fields hold the effective address in every mode that has one.
            contacts (ContactList | None): Contacts of a work order, the work order manager included (read-only).
            tasks (TaskList | None): Tasks of a work order, in display order.
            custom_fields (CustomFieldList | None): Custom fields of a work order, grouped by category.
            shipments (ShipmentList | None): Shipments of a work order, newest first in the local sandbox (its convention,
                x-sandbox; Field Nation does not document the order).
            tags (TagList | None): Tags applied to a work order, newest first in the local sandbox (its convention,
                x-sandbox; Field Nation does not document the order).
            problems (ProblemList | None): Problems of a work order, newest first in the local sandbox (its convention,
                x-sandbox; Field Nation does not document the order), with counts and the reportable types.
            signatures (SignatureList | None): The signatures of a work order, newest first in the local sandbox (its
                convention, x-sandbox; Field Nation does not document the order).
            time_logs (TimeLogList | None): The time logs of a work order (also embedded as `time_logs` in the WorkOrder),
                with the total hours and, while the provider is checked in, the open log.
            qualifications (QualificationList | None): The qualifications of a work order (also embedded as `qualifications`
                in the WorkOrder). The API answers the selection-rule wrapper (`selection_rule` holding `metadata` and
                `results`); the narrative guide shows a flat `{results: [...]}`. Both shapes validate: top-level `metadata` /
                `results` are optional and mirror `selection_rule`.
            messages (MessageList | None): A page of a work order's messages, newest first, as the older reference's message
                object documents (sorted by creation date, descending) (also embedded as `messages` in the WorkOrder, where only
                the count is filled). The create and reply operations answer the refreshed list as well.
            attachments (AttachmentFolderList | None): The attachment folders of a work order with their files (also
                embedded as `attachments` in the WorkOrder). `sum.unreviewed` counts deliverables waiting for review.
            milestones (Milestones | None): Lifecycle timestamps of a work order plus derived durations. A step that has not
                happened yet is absent.
            requests (PendingRequestList | None): Requests providers made for a work order, newest first.
            bundle (Bundle | None): A bundle: several work orders a single provider takes together. The work order embeds it
                under `bundle`.
            site_revisits (SiteRevisitList | None): Return visits of a work order, newest first in the local sandbox (its
                convention, x-sandbox; Field Nation does not document the order).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            updated (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            correlation_id (str | None): Request id to quote to support.
            actions (list[str] | None): Actions the caller may take on the work order now (`publish`, `route`, `approve`,
                ...).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        work_order_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        href: str | Unset = UNSET,
        description: WorkOrderRichText | Unset = UNSET,
        confidential: WorkOrderRichText | Unset = UNSET,
        policy_and_procedures: WorkOrderRichText | Unset = UNSET,
        standard_instructions: WorkOrderRichText | Unset = UNSET,
        closing_notes: str | Unset = UNSET,
        status: WorkOrderStatus | Unset = UNSET,
        type_of_work: WorkOrderTypeOfWork | Unset = UNSET,
        types_of_work: list[WorkOrderTypeOfWork] | WorkOrderTypesOfWorkList | Unset = UNSET,
        service_types: list[IdName] | Unset = UNSET,
        company: IdName | Unset = UNSET,
        client: IdName | Unset = UNSET,
        project: IdName | Unset = UNSET,
        template: IdName | Unset = UNSET,
        service_contract: IdName | Unset = UNSET,
        team: IdName | Unset = UNSET,
        manager: UserRef | Unset = UNSET,
        assignee: WorkOrderAssignee | Unset = UNSET,
        networks: WorkOrderNetworks | Unset = UNSET,
        incident_id: str | None | Unset = UNSET,
        site_revisit: WorkOrderSiteRevisitInfo | Unset = UNSET,
        printable: bool | Unset = UNSET,
        allow_counter_offers: bool | Unset = UNSET,
        require_gps: bool | Unset = UNSET,
        require_ontime: bool | Unset = UNSET,
        w2: bool | Unset = UNSET,
        pay: Pay | Unset = UNSET,
        schedule: Schedule | Unset = UNSET,
        eta: Eta | Unset = UNSET,
        location: Location | Unset = UNSET,
        contacts: ContactList | Unset = UNSET,
        tasks: TaskList | Unset = UNSET,
        custom_fields: CustomFieldList | Unset = UNSET,
        shipments: ShipmentList | Unset = UNSET,
        tags: TagList | Unset = UNSET,
        problems: ProblemList | Unset = UNSET,
        signatures: SignatureList | Unset = UNSET,
        time_logs: TimeLogList | Unset = UNSET,
        qualifications: QualificationList | Unset = UNSET,
        messages: MessageList | Unset = UNSET,
        attachments: AttachmentFolderList | Unset = UNSET,
        milestones: Milestones | Unset = UNSET,
        requests: PendingRequestList | Unset = UNSET,
        bundle: Bundle | Unset = UNSET,
        site_revisits: SiteRevisitList | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        updated: DateObject | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("work_order_id", work_order_id)
        self._set("title", title)
        self._set("href", href)
        self._set("description", description)
        self._set("confidential", confidential)
        self._set("policy_and_procedures", policy_and_procedures)
        self._set("standard_instructions", standard_instructions)
        self._set("closing_notes", closing_notes)
        self._set("status", status)
        self._set("type_of_work", type_of_work)
        self._set("types_of_work", types_of_work)
        self._set("service_types", service_types)
        self._set("company", company)
        self._set("client", client)
        self._set("project", project)
        self._set("template", template)
        self._set("service_contract", service_contract)
        self._set("team", team)
        self._set("manager", manager)
        self._set("assignee", assignee)
        self._set("networks", networks)
        self._set("incident_id", incident_id)
        self._set("site_revisit", site_revisit)
        self._set("printable", printable)
        self._set("allow_counter_offers", allow_counter_offers)
        self._set("require_gps", require_gps)
        self._set("require_ontime", require_ontime)
        self._set("w2", w2)
        self._set("pay", pay)
        self._set("schedule", schedule)
        self._set("eta", eta)
        self._set("location", location)
        self._set("contacts", contacts)
        self._set("tasks", tasks)
        self._set("custom_fields", custom_fields)
        self._set("shipments", shipments)
        self._set("tags", tags)
        self._set("problems", problems)
        self._set("signatures", signatures)
        self._set("time_logs", time_logs)
        self._set("qualifications", qualifications)
        self._set("messages", messages)
        self._set("attachments", attachments)
        self._set("milestones", milestones)
        self._set("requests", requests)
        self._set("bundle", bundle)
        self._set("site_revisits", site_revisits)
        self._set("created", created)
        self._set("updated", updated)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.attachment_folder_list import AttachmentFolderList  # noqa: PLC0415
        from ..models.bundle import Bundle  # noqa: PLC0415
        from ..models.contact_list import ContactList  # noqa: PLC0415
        from ..models.custom_field_list import CustomFieldList  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta import Eta  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415
        from ..models.message_list import MessageList  # noqa: PLC0415
        from ..models.milestones import Milestones  # noqa: PLC0415
        from ..models.pay import Pay  # noqa: PLC0415
        from ..models.pending_request_list import PendingRequestList  # noqa: PLC0415
        from ..models.problem_list import ProblemList  # noqa: PLC0415
        from ..models.qualification_list import QualificationList  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.shipment_list import ShipmentList  # noqa: PLC0415
        from ..models.signature_list import SignatureList  # noqa: PLC0415
        from ..models.site_revisit_list import SiteRevisitList  # noqa: PLC0415
        from ..models.tag_list import TagList  # noqa: PLC0415
        from ..models.task_list import TaskList  # noqa: PLC0415
        from ..models.time_log_list import TimeLogList  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415
        from ..models.work_order_assignee import WorkOrderAssignee  # noqa: PLC0415
        from ..models.work_order_networks import WorkOrderNetworks  # noqa: PLC0415
        from ..models.work_order_rich_text import WorkOrderRichText  # noqa: PLC0415
        from ..models.work_order_site_revisit_info import WorkOrderSiteRevisitInfo  # noqa: PLC0415
        from ..models.work_order_status import WorkOrderStatus  # noqa: PLC0415
        from ..models.work_order_type_of_work import WorkOrderTypeOfWork  # noqa: PLC0415
        from ..models.work_order_types_of_work_list import WorkOrderTypesOfWorkList  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "work_order_id": _m.Field(_m.INT, False, False),
            "title": _m.Field(_m.STR, False, False),
            "href": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.Model(WorkOrderRichText), False, False),
            "confidential": _m.Field(_m.Model(WorkOrderRichText), False, False),
            "policy_and_procedures": _m.Field(_m.Model(WorkOrderRichText), False, False),
            "standard_instructions": _m.Field(_m.Model(WorkOrderRichText), False, False),
            "closing_notes": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Model(WorkOrderStatus), False, False),
            "type_of_work": _m.Field(_m.Model(WorkOrderTypeOfWork), False, False),
            "types_of_work": _m.Field(
                _m.Union((_m.List(_m.Model(WorkOrderTypeOfWork)), _m.Model(WorkOrderTypesOfWorkList))),
                False,
                False,
            ),
            "service_types": _m.Field(_m.List(_m.Model(IdName)), False, False),
            "company": _m.Field(_m.Model(IdName), False, False),
            "client": _m.Field(_m.Model(IdName), False, False),
            "project": _m.Field(_m.Model(IdName), False, False),
            "template": _m.Field(_m.Model(IdName), False, False),
            "service_contract": _m.Field(_m.Model(IdName), False, False),
            "team": _m.Field(_m.Model(IdName), False, False),
            "manager": _m.Field(_m.Model(UserRef), False, False),
            "assignee": _m.Field(_m.Model(WorkOrderAssignee), False, False),
            "networks": _m.Field(_m.Model(WorkOrderNetworks), False, False),
            "incident_id": _m.Field(_m.STR, False, True),
            "site_revisit": _m.Field(_m.Model(WorkOrderSiteRevisitInfo), False, False),
            "printable": _m.Field(_m.BOOL, False, False),
            "allow_counter_offers": _m.Field(_m.BOOL, False, False),
            "require_gps": _m.Field(_m.BOOL, False, False),
            "require_ontime": _m.Field(_m.BOOL, False, False),
            "w2": _m.Field(_m.BOOL, False, False),
            "pay": _m.Field(_m.Model(Pay), False, False),
            "schedule": _m.Field(_m.Model(Schedule), False, False),
            "eta": _m.Field(_m.Model(Eta), False, False),
            "location": _m.Field(_m.Model(Location), False, False),
            "contacts": _m.Field(_m.Model(ContactList), False, False),
            "tasks": _m.Field(_m.Model(TaskList), False, False),
            "custom_fields": _m.Field(_m.Model(CustomFieldList), False, False),
            "shipments": _m.Field(_m.Model(ShipmentList), False, False),
            "tags": _m.Field(_m.Model(TagList), False, False),
            "problems": _m.Field(_m.Model(ProblemList), False, False),
            "signatures": _m.Field(_m.Model(SignatureList), False, False),
            "time_logs": _m.Field(_m.Model(TimeLogList), False, False),
            "qualifications": _m.Field(_m.Model(QualificationList), False, False),
            "messages": _m.Field(_m.Model(MessageList), False, False),
            "attachments": _m.Field(_m.Model(AttachmentFolderList), False, False),
            "milestones": _m.Field(_m.Model(Milestones), False, False),
            "requests": _m.Field(_m.Model(PendingRequestList), False, False),
            "bundle": _m.Field(_m.Model(Bundle), False, False),
            "site_revisits": _m.Field(_m.Model(SiteRevisitList), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "updated": _m.Field(_m.Model(DateObject), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Work order id."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def work_order_id(self) -> int | None:
        """The same id repeated; newer answers carry both keys."""
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def title(self) -> str | None:
        """Short title shown to providers."""
        return cast("str | None", self._get("title"))

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def href(self) -> str | None:
        """API URL of the work order."""
        return cast("str | None", self._get("href"))

    @href.setter
    def href(self, value: str | None) -> None:
        self._set("href", value)

    @property
    def description(self) -> WorkOrderRichText | None:
        """Formatted text. `html` may hold plain text or HTML (tags not escaped)."""
        return cast("WorkOrderRichText | None", self._get("description"))

    @description.setter
    def description(self, value: WorkOrderRichText | None) -> None:
        self._set("description", value)

    @property
    def confidential(self) -> WorkOrderRichText | None:
        """Formatted text. `html` may hold plain text or HTML (tags not escaped)."""
        return cast("WorkOrderRichText | None", self._get("confidential"))

    @confidential.setter
    def confidential(self, value: WorkOrderRichText | None) -> None:
        self._set("confidential", value)

    @property
    def policy_and_procedures(self) -> WorkOrderRichText | None:
        """Formatted text. `html` may hold plain text or HTML (tags not escaped)."""
        return cast("WorkOrderRichText | None", self._get("policy_and_procedures"))

    @policy_and_procedures.setter
    def policy_and_procedures(self, value: WorkOrderRichText | None) -> None:
        self._set("policy_and_procedures", value)

    @property
    def standard_instructions(self) -> WorkOrderRichText | None:
        """Formatted text. `html` may hold plain text or HTML (tags not escaped)."""
        return cast("WorkOrderRichText | None", self._get("standard_instructions"))

    @standard_instructions.setter
    def standard_instructions(self, value: WorkOrderRichText | None) -> None:
        self._set("standard_instructions", value)

    @property
    def closing_notes(self) -> str | None:
        """Closing notes written by the provider."""
        return cast("str | None", self._get("closing_notes"))

    @closing_notes.setter
    def closing_notes(self, value: str | None) -> None:
        self._set("closing_notes", value)

    @property
    def status(self) -> WorkOrderStatus | None:
        """The work order's lifecycle status. `id`/`name` give the primary status: 1 Draft, 2 Published, 9
        Routed, 3 Assigned, 4 Work Done, 5 Approved, 6 Paid, 7 Cancelled, 8 Deleted. While assigned,
        `sub_status` and `display` add detail (`Assigned: On My Way`, `Assigned: Delayed`, `Assigned: At
        Risk`, checked in/out, on hold, ...). "In Progress" in the guides is an Assigned work order whose
        provider is on the way or checked in."""
        return cast("WorkOrderStatus | None", self._get("status"))

    @status.setter
    def status(self, value: WorkOrderStatus | None) -> None:
        self._set("status", value)

    @property
    def type_of_work(self) -> WorkOrderTypeOfWork | None:
        """A type of work as embedded in a work order."""
        return cast("WorkOrderTypeOfWork | None", self._get("type_of_work"))

    @type_of_work.setter
    def type_of_work(self, value: WorkOrderTypeOfWork | None) -> None:
        self._set("type_of_work", value)

    @property
    def types_of_work(self) -> list[WorkOrderTypeOfWork] | WorkOrderTypesOfWorkList | None:
        """All types of work of the work order. Older answers give an array of `{id, name, isPrimary}`; the
        current playground shows a list envelope (`metadata` + `results`). Both shapes are accepted."""
        return cast("list[WorkOrderTypeOfWork] | WorkOrderTypesOfWorkList | None", self._get("types_of_work"))

    @types_of_work.setter
    def types_of_work(self, value: list[WorkOrderTypeOfWork] | WorkOrderTypesOfWorkList | None) -> None:
        self._set("types_of_work", value)

    @property
    def service_types(self) -> list[IdName] | None:
        """Service types (deprecated by Field Nation in favour of types of work)."""
        return cast("list[IdName] | None", self._get("service_types"))

    @service_types.setter
    def service_types(self, value: list[IdName] | None) -> None:
        self._set("service_types", value)

    @property
    def company(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("company"))

    @company.setter
    def company(self, value: IdName | None) -> None:
        self._set("company", value)

    @property
    def client(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("client"))

    @client.setter
    def client(self, value: IdName | None) -> None:
        self._set("client", value)

    @property
    def project(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("project"))

    @project.setter
    def project(self, value: IdName | None) -> None:
        self._set("project", value)

    @property
    def template(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("template"))

    @template.setter
    def template(self, value: IdName | None) -> None:
        self._set("template", value)

    @property
    def service_contract(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("service_contract"))

    @service_contract.setter
    def service_contract(self, value: IdName | None) -> None:
        self._set("service_contract", value)

    @property
    def team(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("team"))

    @team.setter
    def team(self, value: IdName | None) -> None:
        self._set("team", value)

    @property
    def manager(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: UserRef | None) -> None:
        self._set("manager", value)

    @property
    def assignee(self) -> WorkOrderAssignee | None:
        """The provider assigned to the work order, with the actions the caller may take on the assignment."""
        return cast("WorkOrderAssignee | None", self._get("assignee"))

    @assignee.setter
    def assignee(self, value: WorkOrderAssignee | None) -> None:
        self._set("assignee", value)

    @property
    def networks(self) -> WorkOrderNetworks | None:
        """Networks (talent pools) the work order is offered in, and the active one."""
        return cast("WorkOrderNetworks | None", self._get("networks"))

    @networks.setter
    def networks(self, value: WorkOrderNetworks | None) -> None:
        self._set("networks", value)

    @property
    def incident_id(self) -> str | None:
        """External incident or site id attached to the work order."""
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
    def printable(self) -> bool | None:
        """Whether providers may print the work order."""
        return cast("bool | None", self._get("printable"))

    @printable.setter
    def printable(self, value: bool | None) -> None:
        self._set("printable", value)

    @property
    def allow_counter_offers(self) -> bool | None:
        """Whether providers may send counter-offers."""
        return cast("bool | None", self._get("allow_counter_offers"))

    @allow_counter_offers.setter
    def allow_counter_offers(self, value: bool | None) -> None:
        self._set("allow_counter_offers", value)

    @property
    def require_gps(self) -> bool | None:
        """Whether check-in requires GPS."""
        return cast("bool | None", self._get("require_gps"))

    @require_gps.setter
    def require_gps(self, value: bool | None) -> None:
        self._set("require_gps", value)

    @property
    def require_ontime(self) -> bool | None:
        """Hard start; the provider must arrive on time."""
        return cast("bool | None", self._get("require_ontime"))

    @require_ontime.setter
    def require_ontime(self, value: bool | None) -> None:
        self._set("require_ontime", value)

    @property
    def w2(self) -> bool | None:
        """Whether the work is done by a W-2 employee of the company."""
        return cast("bool | None", self._get("w2"))

    @w2.setter
    def w2(self, value: bool | None) -> None:
        self._set("w2", value)

    @property
    def pay(self) -> Pay | None:
        """The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold, computed
        totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The
        same object is embedded in the work order under `pay`."""
        return cast("Pay | None", self._get("pay"))

    @pay.setter
    def pay(self, value: Pay | None) -> None:
        self._set("pay", value)

    @property
    def schedule(self) -> Schedule | None:
        """The schedule of a work order, as embedded in it under `schedule`."""
        return cast("Schedule | None", self._get("schedule"))

    @schedule.setter
    def schedule(self, value: Schedule | None) -> None:
        self._set("schedule", value)

    @property
    def eta(self) -> Eta | None:
        """The assigned provider's estimated time of arrival: the arrival window they committed to, their hour
        estimate and notes, the confirmation status and, before check-in, their live condition."""
        return cast("Eta | None", self._get("eta"))

    @eta.setter
    def eta(self, value: Eta | None) -> None:
        self._set("eta", value)

    @property
    def location(self) -> Location | None:
        """Where the work happens. `mode` says which kind: `custom` (an address typed on the work order),
        `location` (one of the company's saved locations, in `saved_location`) or `remote` (no site visit).
        The address fields hold the effective address in every mode that has one."""
        return cast("Location | None", self._get("location"))

    @location.setter
    def location(self, value: Location | None) -> None:
        self._set("location", value)

    @property
    def contacts(self) -> ContactList | None:
        """Contacts of a work order, the work order manager included (read-only)."""
        return cast("ContactList | None", self._get("contacts"))

    @contacts.setter
    def contacts(self, value: ContactList | None) -> None:
        self._set("contacts", value)

    @property
    def tasks(self) -> TaskList | None:
        """Tasks of a work order, in display order."""
        return cast("TaskList | None", self._get("tasks"))

    @tasks.setter
    def tasks(self, value: TaskList | None) -> None:
        self._set("tasks", value)

    @property
    def custom_fields(self) -> CustomFieldList | None:
        """Custom fields of a work order, grouped by category."""
        return cast("CustomFieldList | None", self._get("custom_fields"))

    @custom_fields.setter
    def custom_fields(self, value: CustomFieldList | None) -> None:
        self._set("custom_fields", value)

    @property
    def shipments(self) -> ShipmentList | None:
        """Shipments of a work order, newest first in the local sandbox (its convention, x-sandbox; Field
        Nation does not document the order)."""
        return cast("ShipmentList | None", self._get("shipments"))

    @shipments.setter
    def shipments(self, value: ShipmentList | None) -> None:
        self._set("shipments", value)

    @property
    def tags(self) -> TagList | None:
        """Tags applied to a work order, newest first in the local sandbox (its convention, x-sandbox; Field
        Nation does not document the order)."""
        return cast("TagList | None", self._get("tags"))

    @tags.setter
    def tags(self, value: TagList | None) -> None:
        self._set("tags", value)

    @property
    def problems(self) -> ProblemList | None:
        """Problems of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation
        does not document the order), with counts and the reportable types."""
        return cast("ProblemList | None", self._get("problems"))

    @problems.setter
    def problems(self, value: ProblemList | None) -> None:
        self._set("problems", value)

    @property
    def signatures(self) -> SignatureList | None:
        """The signatures of a work order, newest first in the local sandbox (its convention, x-sandbox; Field
        Nation does not document the order)."""
        return cast("SignatureList | None", self._get("signatures"))

    @signatures.setter
    def signatures(self, value: SignatureList | None) -> None:
        self._set("signatures", value)

    @property
    def time_logs(self) -> TimeLogList | None:
        """The time logs of a work order (also embedded as `time_logs` in the WorkOrder), with the total hours
        and, while the provider is checked in, the open log."""
        return cast("TimeLogList | None", self._get("time_logs"))

    @time_logs.setter
    def time_logs(self, value: TimeLogList | None) -> None:
        self._set("time_logs", value)

    @property
    def qualifications(self) -> QualificationList | None:
        """The qualifications of a work order (also embedded as `qualifications` in the WorkOrder). The API
        answers the selection-rule wrapper (`selection_rule` holding `metadata` and `results`); the
        narrative guide shows a flat `{results: [...]}`. Both shapes validate: top-level `metadata` /
        `results` are optional and mirror `selection_rule`."""
        return cast("QualificationList | None", self._get("qualifications"))

    @qualifications.setter
    def qualifications(self, value: QualificationList | None) -> None:
        self._set("qualifications", value)

    @property
    def messages(self) -> MessageList | None:
        """A page of a work order's messages, newest first, as the older reference's message object documents
        (sorted by creation date, descending) (also embedded as `messages` in the WorkOrder, where only the
        count is filled). The create and reply operations answer the refreshed list as well."""
        return cast("MessageList | None", self._get("messages"))

    @messages.setter
    def messages(self, value: MessageList | None) -> None:
        self._set("messages", value)

    @property
    def attachments(self) -> AttachmentFolderList | None:
        """The attachment folders of a work order with their files (also embedded as `attachments` in the
        WorkOrder). `sum.unreviewed` counts deliverables waiting for review."""
        return cast("AttachmentFolderList | None", self._get("attachments"))

    @attachments.setter
    def attachments(self, value: AttachmentFolderList | None) -> None:
        self._set("attachments", value)

    @property
    def milestones(self) -> Milestones | None:
        """Lifecycle timestamps of a work order plus derived durations. A step that has not happened yet is
        absent."""
        return cast("Milestones | None", self._get("milestones"))

    @milestones.setter
    def milestones(self, value: Milestones | None) -> None:
        self._set("milestones", value)

    @property
    def requests(self) -> PendingRequestList | None:
        """Requests providers made for a work order, newest first."""
        return cast("PendingRequestList | None", self._get("requests"))

    @requests.setter
    def requests(self, value: PendingRequestList | None) -> None:
        self._set("requests", value)

    @property
    def bundle(self) -> Bundle | None:
        """A bundle: several work orders a single provider takes together. The work order embeds it under
        `bundle`."""
        return cast("Bundle | None", self._get("bundle"))

    @bundle.setter
    def bundle(self, value: Bundle | None) -> None:
        self._set("bundle", value)

    @property
    def site_revisits(self) -> SiteRevisitList | None:
        """Return visits of a work order, newest first in the local sandbox (its convention, x-sandbox; Field
        Nation does not document the order)."""
        return cast("SiteRevisitList | None", self._get("site_revisits"))

    @site_revisits.setter
    def site_revisits(self, value: SiteRevisitList | None) -> None:
        self._set("site_revisits", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def updated(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("updated"))

    @updated.setter
    def updated(self, value: DateObject | None) -> None:
        self._set("updated", value)

    @property
    def correlation_id(self) -> str | None:
        """Request id to quote to support."""
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        """Actions the caller may take on the work order now (`publish`, `route`, `approve`, ...)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class WorkOrderDict(TypedDict, total=False):
    """:class:`WorkOrder` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    work_order_id: int
    title: str
    href: str
    description: WorkOrderRichText | WorkOrderRichTextDict
    confidential: WorkOrderRichText | WorkOrderRichTextDict
    policy_and_procedures: WorkOrderRichText | WorkOrderRichTextDict
    standard_instructions: WorkOrderRichText | WorkOrderRichTextDict
    closing_notes: str
    status: WorkOrderStatus | WorkOrderStatusDict
    type_of_work: WorkOrderTypeOfWork | WorkOrderTypeOfWorkDict
    types_of_work: (
        list[WorkOrderTypeOfWork | WorkOrderTypeOfWorkDict]
        | WorkOrderTypesOfWorkList
        | WorkOrderTypesOfWorkListDict
    )
    service_types: list[IdName | IdNameDict]
    company: IdName | IdNameDict
    client: IdName | IdNameDict
    project: IdName | IdNameDict
    template: IdName | IdNameDict
    service_contract: IdName | IdNameDict
    team: IdName | IdNameDict
    manager: UserRef | UserRefDict
    assignee: WorkOrderAssignee | WorkOrderAssigneeDict
    networks: WorkOrderNetworks | WorkOrderNetworksDict
    incident_id: str | None
    site_revisit: WorkOrderSiteRevisitInfo | WorkOrderSiteRevisitInfoDict
    printable: bool
    allow_counter_offers: bool
    require_gps: bool
    require_ontime: bool
    w2: bool
    pay: Pay | PayDict
    schedule: Schedule | ScheduleDict
    eta: Eta | EtaDict
    location: Location | LocationDict
    contacts: ContactList | ContactListDict
    tasks: TaskList | TaskListDict
    custom_fields: CustomFieldList | CustomFieldListDict
    shipments: ShipmentList | ShipmentListDict
    tags: TagList | TagListDict
    problems: ProblemList | ProblemListDict
    signatures: SignatureList | SignatureListDict
    time_logs: TimeLogList | TimeLogListDict
    qualifications: QualificationList | QualificationListDict
    messages: MessageList | MessageListDict
    attachments: AttachmentFolderList | AttachmentFolderListDict
    milestones: Milestones | MilestonesDict
    requests: PendingRequestList | PendingRequestListDict
    bundle: Bundle | BundleDict
    site_revisits: SiteRevisitList | SiteRevisitListDict
    created: DateObject | DateObjectDict
    updated: DateObject | DateObjectDict
    correlation_id: str
    actions: list[str]

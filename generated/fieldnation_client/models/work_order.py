from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_folder_list import AttachmentFolderList
    from ..models.bundle import Bundle
    from ..models.contact_list import ContactList
    from ..models.custom_field_list import CustomFieldList
    from ..models.date_object import DateObject
    from ..models.eta import Eta
    from ..models.id_name import IdName
    from ..models.location import Location
    from ..models.message_list import MessageList
    from ..models.milestones import Milestones
    from ..models.pay import Pay
    from ..models.pending_request_list import PendingRequestList
    from ..models.problem_list import ProblemList
    from ..models.qualification_list import QualificationList
    from ..models.schedule import Schedule
    from ..models.shipment_list import ShipmentList
    from ..models.signature_list import SignatureList
    from ..models.site_revisit_list import SiteRevisitList
    from ..models.tag_list import TagList
    from ..models.task_list import TaskList
    from ..models.time_log_list import TimeLogList
    from ..models.user_ref import UserRef
    from ..models.work_order_assignee import WorkOrderAssignee
    from ..models.work_order_networks import WorkOrderNetworks
    from ..models.work_order_rich_text import WorkOrderRichText
    from ..models.work_order_site_revisit_info import WorkOrderSiteRevisitInfo
    from ..models.work_order_status import WorkOrderStatus
    from ..models.work_order_type_of_work import WorkOrderTypeOfWork
    from ..models.work_order_types_of_work_list import WorkOrderTypesOfWorkList


T = TypeVar("T", bound="WorkOrder")


@_attrs_define
class WorkOrder:
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
            work_order_id (int | Unset): The same id repeated; newer answers carry both keys.
            title (str | Unset): Short title shown to providers.
            href (str | Unset): API URL of the work order.
            description (WorkOrderRichText | Unset): Formatted text. `html` may hold plain text or HTML (tags not escaped).
                Example: {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}.
            confidential (WorkOrderRichText | Unset): Formatted text. `html` may hold plain text or HTML (tags not escaped).
                Example: {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}.
            policy_and_procedures (WorkOrderRichText | Unset): Formatted text. `html` may hold plain text or HTML (tags not
                escaped). Example: {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}.
            standard_instructions (WorkOrderRichText | Unset): Formatted text. `html` may hold plain text or HTML (tags not
                escaped). Example: {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}.
            closing_notes (str | Unset): Closing notes written by the provider.
            status (WorkOrderStatus | Unset): The work order's lifecycle status. `id`/`name` give the primary status: 1
                Draft, 2 Published, 9 Routed, 3 Assigned, 4 Work Done, 5 Approved, 6 Paid, 7 Cancelled, 8 Deleted. While
                assigned, `sub_status` and `display` add detail (`Assigned: On My Way`, `Assigned: Delayed`, `Assigned: At
                Risk`, checked in/out, on hold, ...). "In Progress" in the guides is an Assigned work order whose provider is on
                the way or checked in. Example: {'id': 3, 'name': 'Assigned', 'display': 'Assigned: On My Way', 'code':
                'on_my_way', 'sub_status': 'on_my_way', 'is_routed': False, 'delay': 0, 'ncns': False, 'confirmed': True,
                'correlation_id': '6f1b2c3d-0a9e-4b7c-8d5e-1f2a3b4c5d6e'}.
            type_of_work (WorkOrderTypeOfWork | Unset): A type of work as embedded in a work order. Example: {'id': 62,
                'name': 'Point of Sale', 'isPrimary': True}.
            types_of_work (list[WorkOrderTypeOfWork] | Unset | WorkOrderTypesOfWorkList): All types of work of the work
                order. Older answers give an array of `{id, name, isPrimary}`; the current playground shows a list envelope
                (`metadata` + `results`). Both shapes are accepted.
            service_types (list[IdName] | Unset): Service types (deprecated by Field Nation in favour of types of work).
            company (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            client (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            project (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            template (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            service_contract (IdName | Unset): A reference to another object by id, with its display name when the API
                returns one. Example: {'id': 62, 'name': 'Point of Sale'}.
            team (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            manager (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id':
                7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}.
            assignee (WorkOrderAssignee | Unset): The provider assigned to the work order, with the actions the caller may
                take on the assignment. Example: {'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'},
                'work_order_id': 1001, 'actions': ['unassign']}.
            networks (WorkOrderNetworks | Unset): Networks (talent pools) the work order is offered in, and the active one.
                Example: {'results': [{'id': 12, 'name': 'Preferred POS technicians'}], 'active': {'id': 12, 'name': 'Preferred
                POS technicians', 'type': 'standard'}}.
            incident_id (None | str | Unset): External incident or site id attached to the work order.
            site_revisit (WorkOrderSiteRevisitInfo | Unset): Job-status summary of a work order that may need a return
                visit. Example: {'job_status': 'incomplete', 'revisit_count': 1, 'incomplete_reason': {'reason_id': 8,
                'reason_name': 'Incorrect part provided'}}.
            printable (bool | Unset): Whether providers may print the work order.
            allow_counter_offers (bool | Unset): Whether providers may send counter-offers.
            require_gps (bool | Unset): Whether check-in requires GPS.
            require_ontime (bool | Unset): Hard start; the provider must arrive on time.
            w2 (bool | Unset): Whether the work is done by a W-2 employee of the company.
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
            schedule (Schedule | Unset): The schedule of a work order, as embedded in it under `schedule`. Example:
                {'work_order_id': 1001, 'service_window': {'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local':
                {'date': '2026-07-01', 'time': '09:00:00'}}}, 'schedule_note': 'Loading dock opens at 8 AM; check in with
                security.', 'schedule_option': 0, 'time_zone': {'id': 5, 'name': 'America/Chicago', 'short': 'CDT', 'offset':
                -5}, 'status_id': 2, 'company_id': 501, 'today_tomorrow': ''}.
            eta (Eta | Unset): The assigned provider's estimated time of arrival: the arrival window they committed to,
                their hour estimate and notes, the confirmation status and, before check-in, their live condition. Example:
                {'work_order_id': 1001, 'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'task': {'id': 19511},
                'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}},
                'end': {'utc': '2026-07-01 16:00:00', 'local': {'date': '2026-07-01', 'time': '11:00:00'}}, 'hour_estimate': 2,
                'notes': 'Bringing a spare power supply.', 'status': {'name': 'confirmed', 'updated': {'utc': '2026-06-30
                18:00:00'}}, 'actions': ['confirm']}.
            location (Location | Unset): Where the work happens. `mode` says which kind: `custom` (an address typed on the
                work order), `location` (one of the company's saved locations, in `saved_location`) or `remote` (no site visit).
                The address fields hold the effective address in every mode that has one. Example: {'work_order_id': 1001,
                'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254 Commerce Lane', 'address2':
                'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip': '55402', 'country': 'US', 'coordinates': {'latitude':
                44.8963, 'longitude': -93.2682, 'exact': True}, 'type': {'id': 1, 'name': 'Commercial'}, 'saved_location':
                {'id': 0, 'name': '', 'display_name': ''}, 'notes': [], 'time_zone': {'id': 5, 'name': 'America/Chicago',
                'short': 'CDT', 'offset': -5}, 'status_id': 2, 'zoom': '13z', 'actions': ['edit']}.
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
            shipments (ShipmentList | Unset): Shipments of a work order, newest first in the local sandbox (its convention,
                x-sandbox; Field Nation does not document the order). Example: {'metadata': {'total': 1, 'page': 1, 'pages': 1,
                'per_page': 25}, 'results': [{'id': 216, 'name': 'Replacement POS terminal', 'direction': 'to site', 'carrier':
                {'name': 'fedex', 'tracking': '123456789012'}, 'created': {'utc': '2026-06-28 15:20:00'}, 'status': 'En Route',
                'actions': ['edit', 'delete']}], 'actions': ['add']}.
            tags (TagList | Unset): Tags applied to a work order, newest first in the local sandbox (its convention,
                x-sandbox; Field Nation does not document the order). Example: {'metadata': {'total': 1, 'page': 1, 'pages': 1,
                'per_page': 25}, 'results': [{'id': 1007, 'label': 'Needs parts', 'hex_color': '#F67B1E', 'created': {'utc':
                '2026-06-28 15:05:00'}, 'actions': ['delete']}], 'actions': ['add']}.
            problems (ProblemList | Unset): Problems of a work order, newest first in the local sandbox (its convention,
                x-sandbox; Field Nation does not document the order), with counts and the reportable types. Example:
                {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'active': 1, 'resolved': 0},
                'results': [{'id': 643, 'type': {'id': 31, 'name': 'Internal Issue with my company'}, 'comments': 'Technician is
                unable to access the site.', 'resolution': {'status': 'open'}, 'created': {'utc': '2026-07-01 15:10:00'},
                'actions': ['edit', 'resolve', 'delete']}], 'types': [{'id': 22, 'name': "I can't find a provider"}, {'id': 31,
                'name': 'Internal Issue with my company'}, {'id': 33, 'name': 'How to/platform help'}], 'actions': ['add']}.
            signatures (SignatureList | Unset): The signatures of a work order, newest first in the local sandbox (its
                convention, x-sandbox; Field Nation does not document the order). Example: {'metadata': {'total': 1, 'page': 1,
                'pages': 1, 'per_page': 25}, 'results': [{'id': 4401, 'name': 'Jordan Blake', 'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'author':
                {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'created': {'utc': '2026-07-01 17:05:00'}, 'actions':
                ['delete']}], 'actions': ['add']}.
            time_logs (TimeLogList | Unset): The time logs of a work order (also embedded as `time_logs` in the WorkOrder),
                with the total hours and, while the provider is checked in, the open log. Example: {'metadata': {'total': 1,
                'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 5050, 'in': {'created': {'utc': '2026-07-01
                14:05:00'}}, 'out': {'created': {'utc': '2026-07-01 16:35:00'}}, 'hours': 2.5, 'status': 'checked_out'}],
                'hours': 2.5, 'actions': ['add']}.
            qualifications (QualificationList | Unset): The qualifications of a work order (also embedded as
                `qualifications` in the WorkOrder). The API answers the selection-rule wrapper (`selection_rule` holding
                `metadata` and `results`); the narrative guide shows a flat `{results: [...]}`. Both shapes validate: top-level
                `metadata` / `results` are optional and mirror `selection_rule`. Example: {'ignored_missing_qualifications':
                False, 'actions': ['edit'], 'selection_rule': {'id': 310, 'name': 'Cert Required', 'status': 'active', 'sum':
                {'total': 12, 'match': 7, 'no_match_optional': 3, 'no_match_required': 2}, 'metadata': {'total': 2, 'page': 1,
                'pages': 1, 'per_page': 25}, 'results': [{'id': 45, 'name': 'CompTIA A+', 'type': 'certification', 'required':
                True}, {'id': 67, 'name': 'Background Check', 'type': 'screening', 'required': True}]}}.
            messages (MessageList | Unset): A page of a work order's messages, newest first, as the older reference's
                message object documents (sorted by creation date, descending) (also embedded as `messages` in the WorkOrder,
                where only the count is filled). The create and reply operations answer the refreshed list as well. Example:
                {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'msg_id': 612, 'message': 'Please
                use the side entrance.', 'from': {'id': 7001, 'name': 'Dana Whitfield', 'role': 'buyer'}, 'role':
                'ASSIGNEDTECH', 'read': False, 'created': {'utc': '2026-07-01 13:00:00'}}], 'actions': ['add']}.
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
            milestones (Milestones | Unset): Lifecycle timestamps of a work order plus derived durations. A step that has
                not happened yet is absent. Example: {'time_to_dispatch': 86400, 'time_to_work_done': 172800, 'time_alive':
                345600, 'created': {'utc': '2026-06-27 14:00:00'}, 'published': {'utc': '2026-06-27 14:30:00'}, 'routed':
                {'utc': '2026-06-27 15:00:00'}, 'assigned': {'utc': '2026-06-28 14:00:00'}, 'workdone': {'utc': '2026-06-30
                14:00:00'}}.
            requests (PendingRequestList | Unset): Requests providers made for a work order, newest first. Example:
                {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 5101, 'active': True,
                'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'user': {'id': 9001, 'first_name': 'Luis',
                'last_name': 'Ortega'}}]}.
            bundle (Bundle | Unset): A bundle: several work orders a single provider takes together. The work order embeds
                it under `bundle`. Example: {'id': 311, 'metadata': {'total': 3, 'page': 1, 'pages': 1, 'per_page': 25},
                'results': [{'id': 1001, 'title': 'Site A POS install'}, {'id': 1002, 'title': 'Site B POS install'}, {'id':
                1003, 'title': 'Site C POS install'}], 'actions': ['view']}.
            site_revisits (SiteRevisitList | Unset): Return visits of a work order, newest first in the local sandbox (its
                convention, x-sandbox; Field Nation does not document the order). Example: {'metadata': {'total': 1, 'page': 1,
                'pages': 1, 'per_page': 25}, 'results': [{'id': 13, 'reason': {'id': 10, 'name': 'Parts not delivered'},
                'is_billable': False, 'scheduled': {'utc': '2026-07-03 14:00:00'}, 'status': 'scheduled', 'created': {'utc':
                '2026-07-01 16:00:00'}}], 'count': 1}.
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            updated (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            correlation_id (str | Unset): Request id to quote to support.
            actions (list[str] | Unset): Actions the caller may take on the work order now (`publish`, `route`, `approve`,
                ...).
    """

    id: int
    work_order_id: int | Unset = UNSET
    title: str | Unset = UNSET
    href: str | Unset = UNSET
    description: WorkOrderRichText | Unset = UNSET
    confidential: WorkOrderRichText | Unset = UNSET
    policy_and_procedures: WorkOrderRichText | Unset = UNSET
    standard_instructions: WorkOrderRichText | Unset = UNSET
    closing_notes: str | Unset = UNSET
    status: WorkOrderStatus | Unset = UNSET
    type_of_work: WorkOrderTypeOfWork | Unset = UNSET
    types_of_work: list[WorkOrderTypeOfWork] | Unset | WorkOrderTypesOfWorkList = UNSET
    service_types: list[IdName] | Unset = UNSET
    company: IdName | Unset = UNSET
    client: IdName | Unset = UNSET
    project: IdName | Unset = UNSET
    template: IdName | Unset = UNSET
    service_contract: IdName | Unset = UNSET
    team: IdName | Unset = UNSET
    manager: UserRef | Unset = UNSET
    assignee: WorkOrderAssignee | Unset = UNSET
    networks: WorkOrderNetworks | Unset = UNSET
    incident_id: None | str | Unset = UNSET
    site_revisit: WorkOrderSiteRevisitInfo | Unset = UNSET
    printable: bool | Unset = UNSET
    allow_counter_offers: bool | Unset = UNSET
    require_gps: bool | Unset = UNSET
    require_ontime: bool | Unset = UNSET
    w2: bool | Unset = UNSET
    pay: Pay | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    eta: Eta | Unset = UNSET
    location: Location | Unset = UNSET
    contacts: ContactList | Unset = UNSET
    tasks: TaskList | Unset = UNSET
    custom_fields: CustomFieldList | Unset = UNSET
    shipments: ShipmentList | Unset = UNSET
    tags: TagList | Unset = UNSET
    problems: ProblemList | Unset = UNSET
    signatures: SignatureList | Unset = UNSET
    time_logs: TimeLogList | Unset = UNSET
    qualifications: QualificationList | Unset = UNSET
    messages: MessageList | Unset = UNSET
    attachments: AttachmentFolderList | Unset = UNSET
    milestones: Milestones | Unset = UNSET
    requests: PendingRequestList | Unset = UNSET
    bundle: Bundle | Unset = UNSET
    site_revisits: SiteRevisitList | Unset = UNSET
    created: DateObject | Unset = UNSET
    updated: DateObject | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        work_order_id = self.work_order_id

        title = self.title

        href = self.href

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        confidential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidential, Unset):
            confidential = self.confidential.to_dict()

        policy_and_procedures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy_and_procedures, Unset):
            policy_and_procedures = self.policy_and_procedures.to_dict()

        standard_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard_instructions, Unset):
            standard_instructions = self.standard_instructions.to_dict()

        closing_notes = self.closing_notes

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

        types_of_work: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.types_of_work, Unset):
            types_of_work = UNSET
        elif isinstance(self.types_of_work, list):
            types_of_work = []
            for types_of_work_type_0_item_data in self.types_of_work:
                types_of_work_type_0_item = types_of_work_type_0_item_data.to_dict()
                types_of_work.append(types_of_work_type_0_item)

        else:
            types_of_work = self.types_of_work.to_dict()

        service_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_types, Unset):
            service_types = []
            for service_types_item_data in self.service_types:
                service_types_item = service_types_item_data.to_dict()
                service_types.append(service_types_item)

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        service_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_contract, Unset):
            service_contract = self.service_contract.to_dict()

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        networks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks.to_dict()

        incident_id: None | str | Unset
        if isinstance(self.incident_id, Unset):
            incident_id = UNSET
        else:
            incident_id = self.incident_id

        site_revisit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_revisit, Unset):
            site_revisit = self.site_revisit.to_dict()

        printable = self.printable

        allow_counter_offers = self.allow_counter_offers

        require_gps = self.require_gps

        require_ontime = self.require_ontime

        w2 = self.w2

        pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay, Unset):
            pay = self.pay.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        eta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eta, Unset):
            eta = self.eta.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

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

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        problems: dict[str, Any] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = self.problems.to_dict()

        signatures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signatures, Unset):
            signatures = self.signatures.to_dict()

        time_logs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_logs, Unset):
            time_logs = self.time_logs.to_dict()

        qualifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qualifications, Unset):
            qualifications = self.qualifications.to_dict()

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        milestones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = self.milestones.to_dict()

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        bundle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle, Unset):
            bundle = self.bundle.to_dict()

        site_revisits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_revisits, Unset):
            site_revisits = self.site_revisits.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if title is not UNSET:
            field_dict["title"] = title
        if href is not UNSET:
            field_dict["href"] = href
        if description is not UNSET:
            field_dict["description"] = description
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if policy_and_procedures is not UNSET:
            field_dict["policy_and_procedures"] = policy_and_procedures
        if standard_instructions is not UNSET:
            field_dict["standard_instructions"] = standard_instructions
        if closing_notes is not UNSET:
            field_dict["closing_notes"] = closing_notes
        if status is not UNSET:
            field_dict["status"] = status
        if type_of_work is not UNSET:
            field_dict["type_of_work"] = type_of_work
        if types_of_work is not UNSET:
            field_dict["types_of_work"] = types_of_work
        if service_types is not UNSET:
            field_dict["service_types"] = service_types
        if company is not UNSET:
            field_dict["company"] = company
        if client is not UNSET:
            field_dict["client"] = client
        if project is not UNSET:
            field_dict["project"] = project
        if template is not UNSET:
            field_dict["template"] = template
        if service_contract is not UNSET:
            field_dict["service_contract"] = service_contract
        if team is not UNSET:
            field_dict["team"] = team
        if manager is not UNSET:
            field_dict["manager"] = manager
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if networks is not UNSET:
            field_dict["networks"] = networks
        if incident_id is not UNSET:
            field_dict["incident_id"] = incident_id
        if site_revisit is not UNSET:
            field_dict["site_revisit"] = site_revisit
        if printable is not UNSET:
            field_dict["printable"] = printable
        if allow_counter_offers is not UNSET:
            field_dict["allow_counter_offers"] = allow_counter_offers
        if require_gps is not UNSET:
            field_dict["require_gps"] = require_gps
        if require_ontime is not UNSET:
            field_dict["require_ontime"] = require_ontime
        if w2 is not UNSET:
            field_dict["w2"] = w2
        if pay is not UNSET:
            field_dict["pay"] = pay
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if eta is not UNSET:
            field_dict["eta"] = eta
        if location is not UNSET:
            field_dict["location"] = location
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if shipments is not UNSET:
            field_dict["shipments"] = shipments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if problems is not UNSET:
            field_dict["problems"] = problems
        if signatures is not UNSET:
            field_dict["signatures"] = signatures
        if time_logs is not UNSET:
            field_dict["time_logs"] = time_logs
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications
        if messages is not UNSET:
            field_dict["messages"] = messages
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if requests is not UNSET:
            field_dict["requests"] = requests
        if bundle is not UNSET:
            field_dict["bundle"] = bundle
        if site_revisits is not UNSET:
            field_dict["site_revisits"] = site_revisits
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        d = dict(src_dict)
        id = d.pop("id")

        work_order_id = d.pop("work_order_id", UNSET)

        title = d.pop("title", UNSET)

        href = d.pop("href", UNSET)

        _description = d.pop("description", UNSET)
        description: WorkOrderRichText | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = WorkOrderRichText.from_dict(_description)

        _confidential = d.pop("confidential", UNSET)
        confidential: WorkOrderRichText | Unset
        if isinstance(_confidential, Unset):
            confidential = UNSET
        else:
            confidential = WorkOrderRichText.from_dict(_confidential)

        _policy_and_procedures = d.pop("policy_and_procedures", UNSET)
        policy_and_procedures: WorkOrderRichText | Unset
        if isinstance(_policy_and_procedures, Unset):
            policy_and_procedures = UNSET
        else:
            policy_and_procedures = WorkOrderRichText.from_dict(_policy_and_procedures)

        _standard_instructions = d.pop("standard_instructions", UNSET)
        standard_instructions: WorkOrderRichText | Unset
        if isinstance(_standard_instructions, Unset):
            standard_instructions = UNSET
        else:
            standard_instructions = WorkOrderRichText.from_dict(_standard_instructions)

        closing_notes = d.pop("closing_notes", UNSET)

        _status = d.pop("status", UNSET)
        status: WorkOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WorkOrderStatus.from_dict(_status)

        _type_of_work = d.pop("type_of_work", UNSET)
        type_of_work: WorkOrderTypeOfWork | Unset
        if isinstance(_type_of_work, Unset):
            type_of_work = UNSET
        else:
            type_of_work = WorkOrderTypeOfWork.from_dict(_type_of_work)

        def _parse_types_of_work(
            data: object,
        ) -> list[WorkOrderTypeOfWork] | Unset | WorkOrderTypesOfWorkList:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_of_work_type_0 = []
                _types_of_work_type_0 = data
                for types_of_work_type_0_item_data in _types_of_work_type_0:
                    types_of_work_type_0_item = WorkOrderTypeOfWork.from_dict(types_of_work_type_0_item_data)

                    types_of_work_type_0.append(types_of_work_type_0_item)

                return types_of_work_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            types_of_work_type_1 = WorkOrderTypesOfWorkList.from_dict(data)

            return types_of_work_type_1

        types_of_work = _parse_types_of_work(d.pop("types_of_work", UNSET))

        _service_types = d.pop("service_types", UNSET)
        service_types: list[IdName] | Unset = UNSET
        if _service_types is not UNSET:
            service_types = []
            for service_types_item_data in _service_types:
                service_types_item = IdName.from_dict(service_types_item_data)

                service_types.append(service_types_item)

        _company = d.pop("company", UNSET)
        company: IdName | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = IdName.from_dict(_company)

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
        template: IdName | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = IdName.from_dict(_template)

        _service_contract = d.pop("service_contract", UNSET)
        service_contract: IdName | Unset
        if isinstance(_service_contract, Unset):
            service_contract = UNSET
        else:
            service_contract = IdName.from_dict(_service_contract)

        _team = d.pop("team", UNSET)
        team: IdName | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = IdName.from_dict(_team)

        _manager = d.pop("manager", UNSET)
        manager: UserRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = UserRef.from_dict(_manager)

        _assignee = d.pop("assignee", UNSET)
        assignee: WorkOrderAssignee | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = WorkOrderAssignee.from_dict(_assignee)

        _networks = d.pop("networks", UNSET)
        networks: WorkOrderNetworks | Unset
        if isinstance(_networks, Unset):
            networks = UNSET
        else:
            networks = WorkOrderNetworks.from_dict(_networks)

        def _parse_incident_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        incident_id = _parse_incident_id(d.pop("incident_id", UNSET))

        _site_revisit = d.pop("site_revisit", UNSET)
        site_revisit: WorkOrderSiteRevisitInfo | Unset
        if isinstance(_site_revisit, Unset):
            site_revisit = UNSET
        else:
            site_revisit = WorkOrderSiteRevisitInfo.from_dict(_site_revisit)

        printable = d.pop("printable", UNSET)

        allow_counter_offers = d.pop("allow_counter_offers", UNSET)

        require_gps = d.pop("require_gps", UNSET)

        require_ontime = d.pop("require_ontime", UNSET)

        w2 = d.pop("w2", UNSET)

        _pay = d.pop("pay", UNSET)
        pay: Pay | Unset
        if isinstance(_pay, Unset):
            pay = UNSET
        else:
            pay = Pay.from_dict(_pay)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        _eta = d.pop("eta", UNSET)
        eta: Eta | Unset
        if isinstance(_eta, Unset):
            eta = UNSET
        else:
            eta = Eta.from_dict(_eta)

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

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

        _shipments = d.pop("shipments", UNSET)
        shipments: ShipmentList | Unset
        if isinstance(_shipments, Unset):
            shipments = UNSET
        else:
            shipments = ShipmentList.from_dict(_shipments)

        _tags = d.pop("tags", UNSET)
        tags: TagList | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TagList.from_dict(_tags)

        _problems = d.pop("problems", UNSET)
        problems: ProblemList | Unset
        if isinstance(_problems, Unset):
            problems = UNSET
        else:
            problems = ProblemList.from_dict(_problems)

        _signatures = d.pop("signatures", UNSET)
        signatures: SignatureList | Unset
        if isinstance(_signatures, Unset):
            signatures = UNSET
        else:
            signatures = SignatureList.from_dict(_signatures)

        _time_logs = d.pop("time_logs", UNSET)
        time_logs: TimeLogList | Unset
        if isinstance(_time_logs, Unset):
            time_logs = UNSET
        else:
            time_logs = TimeLogList.from_dict(_time_logs)

        _qualifications = d.pop("qualifications", UNSET)
        qualifications: QualificationList | Unset
        if isinstance(_qualifications, Unset):
            qualifications = UNSET
        else:
            qualifications = QualificationList.from_dict(_qualifications)

        _messages = d.pop("messages", UNSET)
        messages: MessageList | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = MessageList.from_dict(_messages)

        _attachments = d.pop("attachments", UNSET)
        attachments: AttachmentFolderList | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = AttachmentFolderList.from_dict(_attachments)

        _milestones = d.pop("milestones", UNSET)
        milestones: Milestones | Unset
        if isinstance(_milestones, Unset):
            milestones = UNSET
        else:
            milestones = Milestones.from_dict(_milestones)

        _requests = d.pop("requests", UNSET)
        requests: PendingRequestList | Unset
        if isinstance(_requests, Unset):
            requests = UNSET
        else:
            requests = PendingRequestList.from_dict(_requests)

        _bundle = d.pop("bundle", UNSET)
        bundle: Bundle | Unset
        if isinstance(_bundle, Unset):
            bundle = UNSET
        else:
            bundle = Bundle.from_dict(_bundle)

        _site_revisits = d.pop("site_revisits", UNSET)
        site_revisits: SiteRevisitList | Unset
        if isinstance(_site_revisits, Unset):
            site_revisits = UNSET
        else:
            site_revisits = SiteRevisitList.from_dict(_site_revisits)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _updated = d.pop("updated", UNSET)
        updated: DateObject | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = DateObject.from_dict(_updated)

        correlation_id = d.pop("correlation_id", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        work_order = cls(
            id=id,
            work_order_id=work_order_id,
            title=title,
            href=href,
            description=description,
            confidential=confidential,
            policy_and_procedures=policy_and_procedures,
            standard_instructions=standard_instructions,
            closing_notes=closing_notes,
            status=status,
            type_of_work=type_of_work,
            types_of_work=types_of_work,
            service_types=service_types,
            company=company,
            client=client,
            project=project,
            template=template,
            service_contract=service_contract,
            team=team,
            manager=manager,
            assignee=assignee,
            networks=networks,
            incident_id=incident_id,
            site_revisit=site_revisit,
            printable=printable,
            allow_counter_offers=allow_counter_offers,
            require_gps=require_gps,
            require_ontime=require_ontime,
            w2=w2,
            pay=pay,
            schedule=schedule,
            eta=eta,
            location=location,
            contacts=contacts,
            tasks=tasks,
            custom_fields=custom_fields,
            shipments=shipments,
            tags=tags,
            problems=problems,
            signatures=signatures,
            time_logs=time_logs,
            qualifications=qualifications,
            messages=messages,
            attachments=attachments,
            milestones=milestones,
            requests=requests,
            bundle=bundle,
            site_revisits=site_revisits,
            created=created,
            updated=updated,
            correlation_id=correlation_id,
            actions=actions,
        )

        work_order.additional_properties = d
        return work_order

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.attachment_folder import AttachmentFolder
    from ..models.custom_field import CustomField
    from ..models.date_object import DateObject
    from ..models.eta import Eta
    from ..models.shipment import Shipment
    from ..models.signature import Signature
    from ..models.task_alert import TaskAlert
    from ..models.task_completed import TaskCompleted
    from ..models.task_descriptions import TaskDescriptions
    from ..models.task_group import TaskGroup
    from ..models.task_type import TaskType
    from ..models.time_log import TimeLog
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """One task of a work order. Which of the type-specific properties is filled depends on `type.id`: `eta` (1),
    `closing_notes` (2), `time_log` (3, 4), `attachments` (5, 6), `custom_field` (7), `phone` (8), `email` (9),
    `signature` (11), `shipment` (12), `attachment` (13).

        Example:
            {'id': 8609, 'work_order_id': 1001, 'label': 'Call the store manager on arrival', 'description': 'Call phone
                number', 'group': {'id': 'onsite', 'label': 'Work'}, 'type': {'id': 8, 'key': 'phone', 'name': 'Call phone
                number'}, 'status': 'incomplete', 'phone': '+1-612-555-0143', 'alerts': [{'id': 51, 'email': 'alerts@northstar-
                retail.example', 'sent': None}], 'created': {'utc': '2026-06-28 14:00:00'}, 'author': {'id': 7001, 'first_name':
                'Dana', 'last_name': 'Whitfield'}, 'completed': None, 'actions': ['complete', 'edit', 'delete', 'alerts']}

        Attributes:
            id (int):
            required (bool | Unset): Whether the provider must complete the task (the tasks guide's field).
            work_order_id (int | Unset): Present when the task is read through the `/tasks` path.
            label (str | Unset): Title shown to the provider; the type's name when empty.
            description (str | Unset):
            descriptions (TaskDescriptions | Unset): Text pieces the apps use to render the task.
            group (TaskGroup | Unset): Phase a task belongs to. Example: {'id': 'onsite', 'label': 'Work'}.
            type_ (TaskType | Unset): Kind of a task. Example: {'id': 8, 'key': 'phone', 'name': 'Call phone number'}.
            status (TaskStatus | Unset): Whether the provider has completed the task. Example: incomplete.
            alerts (list[TaskAlert] | Unset):
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            completed (None | TaskCompleted | Unset):
            closing_notes (str | Unset):
            eta (Eta | Unset): The assigned provider's estimated time of arrival: the arrival window they committed to,
                their hour estimate and notes, the confirmation status and, before check-in, their live condition. Example:
                {'work_order_id': 1001, 'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'task': {'id': 19511},
                'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}},
                'end': {'utc': '2026-07-01 16:00:00', 'local': {'date': '2026-07-01', 'time': '11:00:00'}}, 'hour_estimate': 2,
                'notes': 'Bringing a spare power supply.', 'status': {'name': 'confirmed', 'updated': {'utc': '2026-06-30
                18:00:00'}}, 'actions': ['confirm']}.
            time_log (TimeLog | Unset): A check-in / check-out pair recorded against a work order, with the hours between
                them. `out` is missing (or null) while the provider is still checked in. Example: {'id': 5050, 'in': {'created':
                {'utc': '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time': '09:05:00'}}, 'coords': {'latitude':
                44.8963, 'longitude': -93.2682}, 'verified': True}, 'out': {'created': {'utc': '2026-07-01 16:35:00', 'local':
                {'date': '2026-07-01', 'time': '11:35:00'}}, 'verified': True}, 'hours': 2.5, 'status': 'checked_out',
                'verified': False, 'was_late': False, 'logged_by': {'id': 9001, 'first_name': 'Riley', 'last_name': 'Okafor'},
                'actions': ['edit', 'delete']}.
            attachments (AttachmentFolder | Unset): A folder of files. Every work order has a `Documents` folder (type
                `document`, client documents and task files) and a `Misc` folder (type `slot`, provider deliverables); buyers
                can add custom `slot` folders, which carry file-count and size limits. Example: {'id': 2270, 'name': 'Misc',
                'type': 'slot', 'min_files': 0, 'max_files': 999, 'min_bytes': 1, 'max_bytes': 104857600, 'task': {'id': 0},
                'actions': ['edit', 'delete', 'upload'], 'metadata': {'total': 0, 'page': 1, 'pages': 1, 'per_page': 0},
                'results': []}.
            custom_field (CustomField | Unset): A custom field with its value on one work order. Everything but `value` is
                defined by the company and read-only here. Example: {'id': 129, 'name': 'Store Number', 'tip': 'Four-digit
                number printed on the store sign.', 'type': 'text', 'role': 'buyer', 'value': '5521', 'flags': ['required',
                'shown_in_header'], 'actions': ['edit']}.
            phone (str | Unset):
            email (str | Unset):
            signature (Signature | Unset): A signature captured on the work order: who signed (`name`), the image (`data`,
                in the encoding named by `format`), who captured it and when. Example: {'id': 4401, 'name': 'Jordan Blake',
                'format': 'image/png', 'data':
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'hash':
                '5d41402abc4b2a76b9719d911017c592', 'author': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'},
                'created': {'utc': '2026-07-01 17:05:00', 'local': {'date': '2026-07-01', 'time': '12:05:00'}}, 'task': {'id':
                19520}, 'actions': ['delete']}.
            shipment (Shipment | Unset): A shipment of parts or equipment tied to a work order. Example: {'id': 216, 'user':
                {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'name': 'Replacement POS terminal', 'direction':
                'to site', 'carrier': {'name': 'fedex', 'tracking': '123456789012', 'link_href':
                'https://www.fedex.com/fedextrack/?trknbr=123456789012'}, 'created': {'utc': '2026-06-28 15:20:00'}, 'status':
                'En Route', 'actions': ['edit', 'delete']}.
            attachment (Attachment | Unset): A file in an attachment folder: a client document, a task attachment or a
                provider deliverable. `show_before_assignment` controls visibility: true makes it public to providers before
                assignment. Example: {'id': 176, 'folder_id': 2270, 'file': {'name': 'site_photo.jpg', 'size': 482113, 'mime':
                'image/jpeg', 'link': 'https://cdn.fieldnation.com/files/site_photo.jpg'}, 'notes': 'Site photo', 'status':
                'pending', 'show_before_assignment': False, 'author': {'id': 9001, 'first_name': 'Riley', 'last_name':
                'Okafor'}, 'created': {'utc': '2026-07-01 16:20:00', 'local': {'date': '2026-07-01', 'time': '11:20:00'}},
                'actions': ['view', 'approve', 'deny']}.
            actions (list[str] | Unset): What the caller may do with the task (complete, incomplete, edit, delete, alerts,
                reorder).
    """

    id: int
    required: bool | Unset = UNSET
    work_order_id: int | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    descriptions: TaskDescriptions | Unset = UNSET
    group: TaskGroup | Unset = UNSET
    type_: TaskType | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    alerts: list[TaskAlert] | Unset = UNSET
    created: DateObject | Unset = UNSET
    author: UserRef | Unset = UNSET
    completed: None | TaskCompleted | Unset = UNSET
    closing_notes: str | Unset = UNSET
    eta: Eta | Unset = UNSET
    time_log: TimeLog | Unset = UNSET
    attachments: AttachmentFolder | Unset = UNSET
    custom_field: CustomField | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    signature: Signature | Unset = UNSET
    shipment: Shipment | Unset = UNSET
    attachment: Attachment | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_completed import TaskCompleted  # noqa: PLC0415

        id = self.id

        required = self.required

        work_order_id = self.work_order_id

        label = self.label

        description = self.description

        descriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = self.descriptions.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        completed: dict[str, Any] | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        elif isinstance(self.completed, TaskCompleted):
            completed = self.completed.to_dict()
        else:
            completed = self.completed

        closing_notes = self.closing_notes

        eta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eta, Unset):
            eta = self.eta.to_dict()

        time_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_log, Unset):
            time_log = self.time_log.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        phone = self.phone

        email = self.email

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        shipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment, Unset):
            shipment = self.shipment.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if required is not UNSET:
            field_dict["required"] = required
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if group is not UNSET:
            field_dict["group"] = group
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if created is not UNSET:
            field_dict["created"] = created
        if author is not UNSET:
            field_dict["author"] = author
        if completed is not UNSET:
            field_dict["completed"] = completed
        if closing_notes is not UNSET:
            field_dict["closing_notes"] = closing_notes
        if eta is not UNSET:
            field_dict["eta"] = eta
        if time_log is not UNSET:
            field_dict["time_log"] = time_log
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if signature is not UNSET:
            field_dict["signature"] = signature
        if shipment is not UNSET:
            field_dict["shipment"] = shipment
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.attachment_folder import AttachmentFolder  # noqa: PLC0415
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta import Eta  # noqa: PLC0415
        from ..models.shipment import Shipment  # noqa: PLC0415
        from ..models.signature import Signature  # noqa: PLC0415
        from ..models.task_alert import TaskAlert  # noqa: PLC0415
        from ..models.task_completed import TaskCompleted  # noqa: PLC0415
        from ..models.task_descriptions import TaskDescriptions  # noqa: PLC0415
        from ..models.task_group import TaskGroup  # noqa: PLC0415
        from ..models.task_type import TaskType  # noqa: PLC0415
        from ..models.time_log import TimeLog  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        required = d.pop("required", UNSET)

        work_order_id = d.pop("work_order_id", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: TaskDescriptions | Unset
        if isinstance(_descriptions, Unset):
            descriptions = UNSET
        else:
            descriptions = TaskDescriptions.from_dict(_descriptions)

        _group = d.pop("group", UNSET)
        group: TaskGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = TaskGroup.from_dict(_group)

        _type_ = d.pop("type", UNSET)
        type_: TaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskType.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        _alerts = d.pop("alerts", UNSET)
        alerts: list[TaskAlert] | Unset = UNSET
        if _alerts is not UNSET:
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = TaskAlert.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

        def _parse_completed(data: object) -> None | TaskCompleted | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_type_0 = TaskCompleted.from_dict(data)

                return completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskCompleted | Unset, data)

        completed = _parse_completed(d.pop("completed", UNSET))

        closing_notes = d.pop("closing_notes", UNSET)

        _eta = d.pop("eta", UNSET)
        eta: Eta | Unset
        if isinstance(_eta, Unset):
            eta = UNSET
        else:
            eta = Eta.from_dict(_eta)

        _time_log = d.pop("time_log", UNSET)
        time_log: TimeLog | Unset
        if isinstance(_time_log, Unset):
            time_log = UNSET
        else:
            time_log = TimeLog.from_dict(_time_log)

        _attachments = d.pop("attachments", UNSET)
        attachments: AttachmentFolder | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = AttachmentFolder.from_dict(_attachments)

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: CustomField | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = CustomField.from_dict(_custom_field)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _signature = d.pop("signature", UNSET)
        signature: Signature | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = Signature.from_dict(_signature)

        _shipment = d.pop("shipment", UNSET)
        shipment: Shipment | Unset
        if isinstance(_shipment, Unset):
            shipment = UNSET
        else:
            shipment = Shipment.from_dict(_shipment)

        _attachment = d.pop("attachment", UNSET)
        attachment: Attachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Attachment.from_dict(_attachment)

        actions = cast(list[str], d.pop("actions", UNSET))

        task = cls(
            id=id,
            required=required,
            work_order_id=work_order_id,
            label=label,
            description=description,
            descriptions=descriptions,
            group=group,
            type_=type_,
            status=status,
            alerts=alerts,
            created=created,
            author=author,
            completed=completed,
            closing_notes=closing_notes,
            eta=eta,
            time_log=time_log,
            attachments=attachments,
            custom_field=custom_field,
            phone=phone,
            email=email,
            signature=signature,
            shipment=shipment,
            attachment=attachment,
            actions=actions,
        )

        task.additional_properties = d
        return task

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

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.task_status_answer import TaskStatusAnswer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment, AttachmentDict
    from ..models.attachment_folder import AttachmentFolder, AttachmentFolderDict
    from ..models.custom_field import CustomField, CustomFieldDict
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.eta import Eta, EtaDict
    from ..models.shipment import Shipment, ShipmentDict
    from ..models.signature import Signature, SignatureDict
    from ..models.task_alert import TaskAlert, TaskAlertDict
    from ..models.task_completed import TaskCompleted, TaskCompletedDict
    from ..models.task_descriptions import TaskDescriptions, TaskDescriptionsDict
    from ..models.task_group import TaskGroup, TaskGroupDict
    from ..models.task_type import TaskType, TaskTypeDict
    from ..models.time_log import TimeLog, TimeLogDict
    from ..models.user_ref import UserRef, UserRefDict


class Task(_m.BaseModel):
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
            required (bool | None): Whether the provider must complete the task (the tasks guide's field).
            work_order_id (int | None): Present when the task is read through the `/tasks` path.
            label (str | None): Title shown to the provider; the type's name when empty.
            description (str | None):
            descriptions (TaskDescriptions | None): Text pieces the apps use to render the task.
            group (TaskGroup | None): Phase a task belongs to.
            type_ (TaskType | None): Kind of a task.
            status (TaskStatusAnswer | None): A task's status in an answer: `complete` or `incomplete`, or `active` as the
                playground's task answer shows it.
            alerts (list[TaskAlert] | None):
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            completed (TaskCompleted | None):
            closing_notes (str | None):
            eta (Eta | None): The assigned provider's estimated time of arrival: the arrival window they committed to, their
                hour estimate and notes, the confirmation status and, before check-in, their live condition.
            time_log (TimeLog | None): A check-in / check-out pair recorded against a work order, with the hours between
                them. `out` is missing (or null) while the provider is still checked in.
            attachments (AttachmentFolder | None): A folder of files. Every work order has a `Documents` folder (type
                `document`, client documents and task files) and a `Misc` folder (type `slot`, provider deliverables); buyers
                can add custom `slot` folders, which carry file-count and size limits.
            custom_field (CustomField | None): A custom field with its value on one work order. Everything but `value` is
                defined by the company and read-only here.
            phone (str | None):
            email (str | None):
            signature (Signature | None): A signature captured on the work order: who signed (`name`), the image (`data`, in
                the encoding named by `format`), who captured it and when.
            shipment (Shipment | None): A shipment of parts or equipment tied to a work order.
            attachment (Attachment | None): A file in an attachment folder: a client document, a task attachment or a
                provider deliverable. `show_before_assignment` controls visibility: true makes it public to providers before
                assignment.
            actions (list[str] | None): What the caller may do with the task (complete, incomplete, edit, delete, alerts,
                reorder).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        required: bool | Unset = UNSET,
        work_order_id: int | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | Unset = UNSET,
        descriptions: TaskDescriptions | Unset = UNSET,
        group: TaskGroup | Unset = UNSET,
        type_: TaskType | Unset = UNSET,
        status: TaskStatusAnswer | Unset = UNSET,
        alerts: list[TaskAlert] | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        completed: TaskCompleted | None | Unset = UNSET,
        closing_notes: str | Unset = UNSET,
        eta: Eta | Unset = UNSET,
        time_log: TimeLog | Unset = UNSET,
        attachments: AttachmentFolder | Unset = UNSET,
        custom_field: CustomField | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        signature: Signature | Unset = UNSET,
        shipment: Shipment | Unset = UNSET,
        attachment: Attachment | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("required", required)
        self._set("work_order_id", work_order_id)
        self._set("label", label)
        self._set("description", description)
        self._set("descriptions", descriptions)
        self._set("group", group)
        self._set("type", type_)
        self._set("status", status)
        self._set("alerts", alerts)
        self._set("created", created)
        self._set("author", author)
        self._set("completed", completed)
        self._set("closing_notes", closing_notes)
        self._set("eta", eta)
        self._set("time_log", time_log)
        self._set("attachments", attachments)
        self._set("custom_field", custom_field)
        self._set("phone", phone)
        self._set("email", email)
        self._set("signature", signature)
        self._set("shipment", shipment)
        self._set("attachment", attachment)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
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

        return {
            "id": _m.Field(_m.INT, True, False),
            "required": _m.Field(_m.BOOL, False, False),
            "work_order_id": _m.Field(_m.INT, False, False),
            "label": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "descriptions": _m.Field(_m.Model(TaskDescriptions), False, False),
            "group": _m.Field(_m.Model(TaskGroup), False, False),
            "type": _m.Field(_m.Model(TaskType), False, False),
            "status": _m.Field(_m.Enum(TaskStatusAnswer), False, False),
            "alerts": _m.Field(_m.List(_m.Model(TaskAlert)), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "completed": _m.Field(_m.Model(TaskCompleted), False, True),
            "closing_notes": _m.Field(_m.STR, False, False),
            "eta": _m.Field(_m.Model(Eta), False, False),
            "time_log": _m.Field(_m.Model(TimeLog), False, False),
            "attachments": _m.Field(_m.Model(AttachmentFolder), False, False),
            "custom_field": _m.Field(_m.Model(CustomField), False, False),
            "phone": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
            "signature": _m.Field(_m.Model(Signature), False, False),
            "shipment": _m.Field(_m.Model(Shipment), False, False),
            "attachment": _m.Field(_m.Model(Attachment), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
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
    def required(self) -> bool | None:
        """Whether the provider must complete the task (the tasks guide's field)."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def work_order_id(self) -> int | None:
        """Present when the task is read through the `/tasks` path."""
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def label(self) -> str | None:
        """Title shown to the provider; the type's name when empty."""
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def descriptions(self) -> TaskDescriptions | None:
        """Text pieces the apps use to render the task."""
        return cast("TaskDescriptions | None", self._get("descriptions"))

    @descriptions.setter
    def descriptions(self, value: TaskDescriptions | None) -> None:
        self._set("descriptions", value)

    @property
    def group(self) -> TaskGroup | None:
        """Phase a task belongs to."""
        return cast("TaskGroup | None", self._get("group"))

    @group.setter
    def group(self, value: TaskGroup | None) -> None:
        self._set("group", value)

    @property
    def type_(self) -> TaskType | None:
        """Kind of a task."""
        return cast("TaskType | None", self._get("type"))

    @type_.setter
    def type_(self, value: TaskType | None) -> None:
        self._set("type", value)

    @property
    def status(self) -> TaskStatusAnswer | None:
        """A task's status in an answer: `complete` or `incomplete`, or `active` as the playground's task
        answer shows it."""
        return cast("TaskStatusAnswer | None", self._get("status"))

    @status.setter
    def status(self, value: TaskStatusAnswer | None) -> None:
        self._set("status", value)

    @property
    def alerts(self) -> list[TaskAlert] | None:
        return cast("list[TaskAlert] | None", self._get("alerts"))

    @alerts.setter
    def alerts(self, value: list[TaskAlert] | None) -> None:
        self._set("alerts", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def completed(self) -> TaskCompleted | None:
        return cast("TaskCompleted | None", self._get("completed"))

    @completed.setter
    def completed(self, value: TaskCompleted | None) -> None:
        self._set("completed", value)

    @property
    def closing_notes(self) -> str | None:
        return cast("str | None", self._get("closing_notes"))

    @closing_notes.setter
    def closing_notes(self, value: str | None) -> None:
        self._set("closing_notes", value)

    @property
    def eta(self) -> Eta | None:
        """The assigned provider's estimated time of arrival: the arrival window they committed to, their hour
        estimate and notes, the confirmation status and, before check-in, their live condition."""
        return cast("Eta | None", self._get("eta"))

    @eta.setter
    def eta(self, value: Eta | None) -> None:
        self._set("eta", value)

    @property
    def time_log(self) -> TimeLog | None:
        """A check-in / check-out pair recorded against a work order, with the hours between them. `out` is
        missing (or null) while the provider is still checked in."""
        return cast("TimeLog | None", self._get("time_log"))

    @time_log.setter
    def time_log(self, value: TimeLog | None) -> None:
        self._set("time_log", value)

    @property
    def attachments(self) -> AttachmentFolder | None:
        """A folder of files. Every work order has a `Documents` folder (type `document`, client documents and
        task files) and a `Misc` folder (type `slot`, provider deliverables); buyers can add custom `slot`
        folders, which carry file-count and size limits."""
        return cast("AttachmentFolder | None", self._get("attachments"))

    @attachments.setter
    def attachments(self, value: AttachmentFolder | None) -> None:
        self._set("attachments", value)

    @property
    def custom_field(self) -> CustomField | None:
        """A custom field with its value on one work order. Everything but `value` is defined by the company
        and read-only here."""
        return cast("CustomField | None", self._get("custom_field"))

    @custom_field.setter
    def custom_field(self, value: CustomField | None) -> None:
        self._set("custom_field", value)

    @property
    def phone(self) -> str | None:
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def email(self) -> str | None:
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)

    @property
    def signature(self) -> Signature | None:
        """A signature captured on the work order: who signed (`name`), the image (`data`, in the encoding
        named by `format`), who captured it and when."""
        return cast("Signature | None", self._get("signature"))

    @signature.setter
    def signature(self, value: Signature | None) -> None:
        self._set("signature", value)

    @property
    def shipment(self) -> Shipment | None:
        """A shipment of parts or equipment tied to a work order."""
        return cast("Shipment | None", self._get("shipment"))

    @shipment.setter
    def shipment(self, value: Shipment | None) -> None:
        self._set("shipment", value)

    @property
    def attachment(self) -> Attachment | None:
        """A file in an attachment folder: a client document, a task attachment or a provider deliverable.
        `show_before_assignment` controls visibility: true makes it public to providers before assignment."""
        return cast("Attachment | None", self._get("attachment"))

    @attachment.setter
    def attachment(self, value: Attachment | None) -> None:
        self._set("attachment", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with the task (complete, incomplete, edit, delete, alerts, reorder)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class TaskDict(TypedDict, total=False):
    """:class:`Task` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    required: bool
    work_order_id: int
    label: str
    description: str
    descriptions: TaskDescriptions | TaskDescriptionsDict
    group: TaskGroup | TaskGroupDict
    type: TaskType | TaskTypeDict
    status: TaskStatusAnswer | str
    alerts: list[TaskAlert | TaskAlertDict]
    created: DateObject | DateObjectDict
    author: UserRef | UserRefDict
    completed: TaskCompleted | TaskCompletedDict | None
    closing_notes: str
    eta: Eta | EtaDict
    time_log: TimeLog | TimeLogDict
    attachments: AttachmentFolder | AttachmentFolderDict
    custom_field: CustomField | CustomFieldDict
    phone: str
    email: str
    signature: Signature | SignatureDict
    shipment: Shipment | ShipmentDict
    attachment: Attachment | AttachmentDict
    actions: list[str]

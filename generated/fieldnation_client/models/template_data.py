from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_folder_list import AttachmentFolderList, AttachmentFolderListDict
    from ..models.contact_list import ContactList, ContactListDict
    from ..models.custom_field_list import CustomFieldList, CustomFieldListDict
    from ..models.id_name import IdName, IdNameDict
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.location import Location, LocationDict
    from ..models.pay import Pay, PayDict
    from ..models.service_type import ServiceType, ServiceTypeDict
    from ..models.task_list import TaskList, TaskListDict
    from ..models.template_rich_text import TemplateRichText, TemplateRichTextDict
    from ..models.type_of_work import TypeOfWork, TypeOfWorkDict
    from ..models.user_ref import UserRef, UserRefDict


class TemplateData(_m.BaseModel):
    """The work order fields saved in a template, shaped like a work order. Only the fields the template sets are present.

    Example:
        {'title': 'POS terminal swap - store visit', 'type_of_work': {'id': 62, 'name': 'Point of Sale'}, 'client':
            {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id': 2201, 'name': 'Spring POS Refresh'}, 'template':
            {'id': 88}, 'allow_counter_offers': True, 'require_gps': True, 'w2': False, 'description': {'html': '<p>Swap the
            two POS terminals at the front counter.</p>'}, 'confidential': {'html': '<p>Alarm code is with the store
            manager.</p>'}}

    Attributes:
        title (str | None):
        type_of_work (TypeOfWork | None): A type of work: the classification a work order (or template) is filed under,
            such as "Point of Sale". `industry` names the broader category the type belongs to.
        additional_type_of_works (list[TypeOfWork] | None):
        service_types (list[ServiceType] | None):
        client (IdName | None): A reference to another object by id, with its display name when the API returns one.
        project (IdName | None): A reference to another object by id, with its display name when the API returns one.
        template (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        team (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
        manager (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        networks (list[IdName] | None):
        printable (bool | None):
        allow_counter_offers (bool | None):
        require_gps (bool | None):
        w2 (bool | None): Whether the work is meant for W-2 employees.
        description (TemplateRichText | None): A formatted text block of a template (`description`, `confidential`).
        confidential (TemplateRichText | None): A formatted text block of a template (`description`, `confidential`).
        location (Location | None): Where the work happens. `mode` says which kind: `custom` (an address typed on the
            work order), `location` (one of the company's saved locations, in `saved_location`) or `remote` (no site visit).
            The address fields hold the effective address in every mode that has one.
        pay (Pay | None): The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold,
            computed totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The same
            object is embedded in the work order under `pay`.
        contacts (ContactList | None): Contacts of a work order, the work order manager included (read-only).
        tasks (TaskList | None): Tasks of a work order, in display order.
        custom_fields (CustomFieldList | None): Custom fields of a work order, grouped by category.
        attachments (AttachmentFolderList | None): The attachment folders of a work order with their files (also
            embedded as `attachments` in the WorkOrder). `sum.unreviewed` counts deliverables waiting for review.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        title: str | Unset = UNSET,
        type_of_work: TypeOfWork | Unset = UNSET,
        additional_type_of_works: list[TypeOfWork] | Unset = UNSET,
        service_types: list[ServiceType] | Unset = UNSET,
        client: IdName | Unset = UNSET,
        project: IdName | Unset = UNSET,
        template: IdRef | Unset = UNSET,
        team: IdRef | Unset = UNSET,
        manager: UserRef | Unset = UNSET,
        networks: list[IdName] | Unset = UNSET,
        printable: bool | Unset = UNSET,
        allow_counter_offers: bool | Unset = UNSET,
        require_gps: bool | Unset = UNSET,
        w2: bool | Unset = UNSET,
        description: TemplateRichText | Unset = UNSET,
        confidential: TemplateRichText | Unset = UNSET,
        location: Location | Unset = UNSET,
        pay: Pay | Unset = UNSET,
        contacts: ContactList | Unset = UNSET,
        tasks: TaskList | Unset = UNSET,
        custom_fields: CustomFieldList | Unset = UNSET,
        attachments: AttachmentFolderList | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("title", title)
        self._set("type_of_work", type_of_work)
        self._set("additional_type_of_works", additional_type_of_works)
        self._set("service_types", service_types)
        self._set("client", client)
        self._set("project", project)
        self._set("template", template)
        self._set("team", team)
        self._set("manager", manager)
        self._set("networks", networks)
        self._set("printable", printable)
        self._set("allow_counter_offers", allow_counter_offers)
        self._set("require_gps", require_gps)
        self._set("w2", w2)
        self._set("description", description)
        self._set("confidential", confidential)
        self._set("location", location)
        self._set("pay", pay)
        self._set("contacts", contacts)
        self._set("tasks", tasks)
        self._set("custom_fields", custom_fields)
        self._set("attachments", attachments)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
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

        return {
            "title": _m.Field(_m.STR, False, False),
            "type_of_work": _m.Field(_m.Model(TypeOfWork), False, False),
            "additional_type_of_works": _m.Field(_m.List(_m.Model(TypeOfWork)), False, False),
            "service_types": _m.Field(_m.List(_m.Model(ServiceType)), False, False),
            "client": _m.Field(_m.Model(IdName), False, False),
            "project": _m.Field(_m.Model(IdName), False, False),
            "template": _m.Field(_m.Model(IdRef), False, False),
            "team": _m.Field(_m.Model(IdRef), False, False),
            "manager": _m.Field(_m.Model(UserRef), False, False),
            "networks": _m.Field(_m.List(_m.Model(IdName)), False, False),
            "printable": _m.Field(_m.BOOL, False, False),
            "allow_counter_offers": _m.Field(_m.BOOL, False, False),
            "require_gps": _m.Field(_m.BOOL, False, False),
            "w2": _m.Field(_m.BOOL, False, False),
            "description": _m.Field(_m.Model(TemplateRichText), False, False),
            "confidential": _m.Field(_m.Model(TemplateRichText), False, False),
            "location": _m.Field(_m.Model(Location), False, False),
            "pay": _m.Field(_m.Model(Pay), False, False),
            "contacts": _m.Field(_m.Model(ContactList), False, False),
            "tasks": _m.Field(_m.Model(TaskList), False, False),
            "custom_fields": _m.Field(_m.Model(CustomFieldList), False, False),
            "attachments": _m.Field(_m.Model(AttachmentFolderList), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def title(self) -> str | None:
        return cast("str | None", self._get("title"))

    @title.setter
    def title(self, value: str | None) -> None:
        self._set("title", value)

    @property
    def type_of_work(self) -> TypeOfWork | None:
        """A type of work: the classification a work order (or template) is filed under, such as "Point of
        Sale". `industry` names the broader category the type belongs to."""
        return cast("TypeOfWork | None", self._get("type_of_work"))

    @type_of_work.setter
    def type_of_work(self, value: TypeOfWork | None) -> None:
        self._set("type_of_work", value)

    @property
    def additional_type_of_works(self) -> list[TypeOfWork] | None:
        return cast("list[TypeOfWork] | None", self._get("additional_type_of_works"))

    @additional_type_of_works.setter
    def additional_type_of_works(self, value: list[TypeOfWork] | None) -> None:
        self._set("additional_type_of_works", value)

    @property
    def service_types(self) -> list[ServiceType] | None:
        return cast("list[ServiceType] | None", self._get("service_types"))

    @service_types.setter
    def service_types(self, value: list[ServiceType] | None) -> None:
        self._set("service_types", value)

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
    def template(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("template"))

    @template.setter
    def template(self, value: IdRef | None) -> None:
        self._set("template", value)

    @property
    def team(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("team"))

    @team.setter
    def team(self, value: IdRef | None) -> None:
        self._set("team", value)

    @property
    def manager(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("manager"))

    @manager.setter
    def manager(self, value: UserRef | None) -> None:
        self._set("manager", value)

    @property
    def networks(self) -> list[IdName] | None:
        return cast("list[IdName] | None", self._get("networks"))

    @networks.setter
    def networks(self, value: list[IdName] | None) -> None:
        self._set("networks", value)

    @property
    def printable(self) -> bool | None:
        return cast("bool | None", self._get("printable"))

    @printable.setter
    def printable(self, value: bool | None) -> None:
        self._set("printable", value)

    @property
    def allow_counter_offers(self) -> bool | None:
        return cast("bool | None", self._get("allow_counter_offers"))

    @allow_counter_offers.setter
    def allow_counter_offers(self, value: bool | None) -> None:
        self._set("allow_counter_offers", value)

    @property
    def require_gps(self) -> bool | None:
        return cast("bool | None", self._get("require_gps"))

    @require_gps.setter
    def require_gps(self, value: bool | None) -> None:
        self._set("require_gps", value)

    @property
    def w2(self) -> bool | None:
        """Whether the work is meant for W-2 employees."""
        return cast("bool | None", self._get("w2"))

    @w2.setter
    def w2(self, value: bool | None) -> None:
        self._set("w2", value)

    @property
    def description(self) -> TemplateRichText | None:
        """A formatted text block of a template (`description`, `confidential`)."""
        return cast("TemplateRichText | None", self._get("description"))

    @description.setter
    def description(self, value: TemplateRichText | None) -> None:
        self._set("description", value)

    @property
    def confidential(self) -> TemplateRichText | None:
        """A formatted text block of a template (`description`, `confidential`)."""
        return cast("TemplateRichText | None", self._get("confidential"))

    @confidential.setter
    def confidential(self, value: TemplateRichText | None) -> None:
        self._set("confidential", value)

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
    def pay(self) -> Pay | None:
        """The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold, computed
        totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The
        same object is embedded in the work order under `pay`."""
        return cast("Pay | None", self._get("pay"))

    @pay.setter
    def pay(self, value: Pay | None) -> None:
        self._set("pay", value)

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
    def attachments(self) -> AttachmentFolderList | None:
        """The attachment folders of a work order with their files (also embedded as `attachments` in the
        WorkOrder). `sum.unreviewed` counts deliverables waiting for review."""
        return cast("AttachmentFolderList | None", self._get("attachments"))

    @attachments.setter
    def attachments(self, value: AttachmentFolderList | None) -> None:
        self._set("attachments", value)


class TemplateDataDict(TypedDict, total=False):
    """:class:`TemplateData` as plain data (JSON keys); accepted wherever the model is sent."""

    title: str
    type_of_work: TypeOfWork | TypeOfWorkDict
    additional_type_of_works: list[TypeOfWork | TypeOfWorkDict]
    service_types: list[ServiceType | ServiceTypeDict]
    client: IdName | IdNameDict
    project: IdName | IdNameDict
    template: IdRef | IdRefDict
    team: IdRef | IdRefDict
    manager: UserRef | UserRefDict
    networks: list[IdName | IdNameDict]
    printable: bool
    allow_counter_offers: bool
    require_gps: bool
    w2: bool
    description: TemplateRichText | TemplateRichTextDict
    confidential: TemplateRichText | TemplateRichTextDict
    location: Location | LocationDict
    pay: Pay | PayDict
    contacts: ContactList | ContactListDict
    tasks: TaskList | TaskListDict
    custom_fields: CustomFieldList | CustomFieldListDict
    attachments: AttachmentFolderList | AttachmentFolderListDict

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.template_actions_item import TemplateActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.id_name import IdName, IdNameDict
    from ..models.template_company_attributes import TemplateCompanyAttributes, TemplateCompanyAttributesDict
    from ..models.template_data import TemplateData, TemplateDataDict
    from ..models.type_of_work import TypeOfWork, TypeOfWorkDict
    from ..models.user_ref import UserRef, UserRefDict


class Template(_m.BaseModel):
    """A saved work order template. The list (`GET /templates`) returns the summary fields; `GET /templates/{template_id}`
    adds `company`, `company_attributes` and `data`, the work-order-shaped payload that a new work order created from
    the template starts with.

        Example:
            {'id': 88, 'name': 'POS terminal swap', 'default': False, 'work_order_title': 'POS terminal swap - store visit',
                'work_orders': 42, 'type_of_work': {'id': 62, 'name': 'Point of Sale'}, 'client': {'id': 301, 'name': 'Northstar
                Retail'}, 'project': {'id': 2201, 'name': 'Spring POS Refresh'}, 'author': {'id': 7001, 'first_name': 'Dana',
                'last_name': 'Whitfield'}, 'created': {'utc': '2026-01-12 15:04:00'}, 'updated': {'utc': '2026-03-02 10:30:00'},
                'actions': ['edit', 'delete', 'create_work_order', 'copy']}

        Attributes:
            id (int):
            name (str):
            default (bool | None): Whether this is the company's default template.
            work_order_title (str | None): Title given to work orders created from the template.
            work_orders (int | None): Number of work orders created from the template.
            type_of_work (TypeOfWork | None): A type of work: the classification a work order (or template) is filed under,
                such as "Point of Sale". `industry` names the broader category the type belongs to.
            client (IdName | None): A reference to another object by id, with its display name when the API returns one.
            project (IdName | None): A reference to another object by id, with its display name when the API returns one.
            service_contract (IdName | None): A reference to another object by id, with its display name when the API
                returns one.
            company (IdName | None): A reference to another object by id, with its display name when the API returns one.
            company_attributes (TemplateCompanyAttributes | None): Company settings that affect how the template may be
                edited.
            author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            updated (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            actions (list[TemplateActionsItem] | None): What the caller may do with the template.
            data (TemplateData | None): The work order fields saved in a template, shaped like a work order. Only the fields
                the template sets are present.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        default: bool | Unset = UNSET,
        work_order_title: str | Unset = UNSET,
        work_orders: int | Unset = UNSET,
        type_of_work: TypeOfWork | Unset = UNSET,
        client: IdName | Unset = UNSET,
        project: IdName | Unset = UNSET,
        service_contract: IdName | Unset = UNSET,
        company: IdName | Unset = UNSET,
        company_attributes: TemplateCompanyAttributes | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        updated: DateObject | Unset = UNSET,
        actions: list[TemplateActionsItem] | Unset = UNSET,
        data: TemplateData | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("default", default)
        self._set("work_order_title", work_order_title)
        self._set("work_orders", work_orders)
        self._set("type_of_work", type_of_work)
        self._set("client", client)
        self._set("project", project)
        self._set("service_contract", service_contract)
        self._set("company", company)
        self._set("company_attributes", company_attributes)
        self._set("author", author)
        self._set("created", created)
        self._set("updated", updated)
        self._set("actions", actions)
        self._set("data", data)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.template_company_attributes import TemplateCompanyAttributes  # noqa: PLC0415
        from ..models.template_data import TemplateData  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "default": _m.Field(_m.BOOL, False, False),
            "work_order_title": _m.Field(_m.STR, False, False),
            "work_orders": _m.Field(_m.INT, False, False),
            "type_of_work": _m.Field(_m.Model(TypeOfWork), False, False),
            "client": _m.Field(_m.Model(IdName), False, False),
            "project": _m.Field(_m.Model(IdName), False, False),
            "service_contract": _m.Field(_m.Model(IdName), False, False),
            "company": _m.Field(_m.Model(IdName), False, False),
            "company_attributes": _m.Field(_m.Model(TemplateCompanyAttributes), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "updated": _m.Field(_m.Model(DateObject), False, False),
            "actions": _m.Field(_m.List(_m.Enum(TemplateActionsItem)), False, False),
            "data": _m.Field(_m.Model(TemplateData), False, False),
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
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def default(self) -> bool | None:
        """Whether this is the company's default template."""
        return cast("bool | None", self._get("default"))

    @default.setter
    def default(self, value: bool | None) -> None:
        self._set("default", value)

    @property
    def work_order_title(self) -> str | None:
        """Title given to work orders created from the template."""
        return cast("str | None", self._get("work_order_title"))

    @work_order_title.setter
    def work_order_title(self, value: str | None) -> None:
        self._set("work_order_title", value)

    @property
    def work_orders(self) -> int | None:
        """Number of work orders created from the template."""
        return cast("int | None", self._get("work_orders"))

    @work_orders.setter
    def work_orders(self, value: int | None) -> None:
        self._set("work_orders", value)

    @property
    def type_of_work(self) -> TypeOfWork | None:
        """A type of work: the classification a work order (or template) is filed under, such as "Point of
        Sale". `industry` names the broader category the type belongs to."""
        return cast("TypeOfWork | None", self._get("type_of_work"))

    @type_of_work.setter
    def type_of_work(self, value: TypeOfWork | None) -> None:
        self._set("type_of_work", value)

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
    def service_contract(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("service_contract"))

    @service_contract.setter
    def service_contract(self, value: IdName | None) -> None:
        self._set("service_contract", value)

    @property
    def company(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("company"))

    @company.setter
    def company(self, value: IdName | None) -> None:
        self._set("company", value)

    @property
    def company_attributes(self) -> TemplateCompanyAttributes | None:
        """Company settings that affect how the template may be edited."""
        return cast("TemplateCompanyAttributes | None", self._get("company_attributes"))

    @company_attributes.setter
    def company_attributes(self, value: TemplateCompanyAttributes | None) -> None:
        self._set("company_attributes", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

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
    def actions(self) -> list[TemplateActionsItem] | None:
        """What the caller may do with the template."""
        return cast("list[TemplateActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[TemplateActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def data(self) -> TemplateData | None:
        """The work order fields saved in a template, shaped like a work order. Only the fields the template
        sets are present."""
        return cast("TemplateData | None", self._get("data"))

    @data.setter
    def data(self, value: TemplateData | None) -> None:
        self._set("data", value)


class TemplateDict(TypedDict, total=False):
    """:class:`Template` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    default: bool
    work_order_title: str
    work_orders: int
    type_of_work: TypeOfWork | TypeOfWorkDict
    client: IdName | IdNameDict
    project: IdName | IdNameDict
    service_contract: IdName | IdNameDict
    company: IdName | IdNameDict
    company_attributes: TemplateCompanyAttributes | TemplateCompanyAttributesDict
    author: UserRef | UserRefDict
    created: DateObject | DateObjectDict
    updated: DateObject | DateObjectDict
    actions: list[TemplateActionsItem | str]
    data: TemplateData | TemplateDataDict

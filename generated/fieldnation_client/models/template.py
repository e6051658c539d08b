from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_actions_item import TemplateActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.id_name import IdName
    from ..models.template_company_attributes import TemplateCompanyAttributes
    from ..models.template_data import TemplateData
    from ..models.type_of_work import TypeOfWork
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
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
            default (bool | Unset): Whether this is the company's default template.
            work_order_title (str | Unset): Title given to work orders created from the template.
            work_orders (int | Unset): Number of work orders created from the template.
            type_of_work (TypeOfWork | Unset): A type of work: the classification a work order (or template) is filed under,
                such as "Point of Sale". `industry` names the broader category the type belongs to. Example: {'id': 62, 'name':
                'Point of Sale', 'industry': 'Information Technology / Communications'}.
            client (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            project (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            service_contract (IdName | Unset): A reference to another object by id, with its display name when the API
                returns one. Example: {'id': 62, 'name': 'Point of Sale'}.
            company (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            company_attributes (TemplateCompanyAttributes | Unset): Company settings that affect how the template may be
                edited.
            author (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            updated (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            actions (list[TemplateActionsItem] | Unset): What the caller may do with the template.
            data (TemplateData | Unset): The work order fields saved in a template, shaped like a work order. Only the
                fields the template sets are present. Example: {'title': 'POS terminal swap - store visit', 'type_of_work':
                {'id': 62, 'name': 'Point of Sale'}, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id': 2201,
                'name': 'Spring POS Refresh'}, 'template': {'id': 88}, 'allow_counter_offers': True, 'require_gps': True, 'w2':
                False, 'description': {'html': '<p>Swap the two POS terminals at the front counter.</p>'}, 'confidential':
                {'html': '<p>Alarm code is with the store manager.</p>'}}.
    """

    id: int
    name: str
    default: bool | Unset = UNSET
    work_order_title: str | Unset = UNSET
    work_orders: int | Unset = UNSET
    type_of_work: TypeOfWork | Unset = UNSET
    client: IdName | Unset = UNSET
    project: IdName | Unset = UNSET
    service_contract: IdName | Unset = UNSET
    company: IdName | Unset = UNSET
    company_attributes: TemplateCompanyAttributes | Unset = UNSET
    author: UserRef | Unset = UNSET
    created: DateObject | Unset = UNSET
    updated: DateObject | Unset = UNSET
    actions: list[TemplateActionsItem] | Unset = UNSET
    data: TemplateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        default = self.default

        work_order_title = self.work_order_title

        work_orders = self.work_orders

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        service_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_contract, Unset):
            service_contract = self.service_contract.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        company_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_attributes, Unset):
            company_attributes = self.company_attributes.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if default is not UNSET:
            field_dict["default"] = default
        if work_order_title is not UNSET:
            field_dict["work_order_title"] = work_order_title
        if work_orders is not UNSET:
            field_dict["work_orders"] = work_orders
        if type_of_work is not UNSET:
            field_dict["type_of_work"] = type_of_work
        if client is not UNSET:
            field_dict["client"] = client
        if project is not UNSET:
            field_dict["project"] = project
        if service_contract is not UNSET:
            field_dict["service_contract"] = service_contract
        if company is not UNSET:
            field_dict["company"] = company
        if company_attributes is not UNSET:
            field_dict["company_attributes"] = company_attributes
        if author is not UNSET:
            field_dict["author"] = author
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.template_company_attributes import TemplateCompanyAttributes  # noqa: PLC0415
        from ..models.template_data import TemplateData  # noqa: PLC0415
        from ..models.type_of_work import TypeOfWork  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        default = d.pop("default", UNSET)

        work_order_title = d.pop("work_order_title", UNSET)

        work_orders = d.pop("work_orders", UNSET)

        _type_of_work = d.pop("type_of_work", UNSET)
        type_of_work: TypeOfWork | Unset
        if isinstance(_type_of_work, Unset):
            type_of_work = UNSET
        else:
            type_of_work = TypeOfWork.from_dict(_type_of_work)

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

        _service_contract = d.pop("service_contract", UNSET)
        service_contract: IdName | Unset
        if isinstance(_service_contract, Unset):
            service_contract = UNSET
        else:
            service_contract = IdName.from_dict(_service_contract)

        _company = d.pop("company", UNSET)
        company: IdName | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = IdName.from_dict(_company)

        _company_attributes = d.pop("company_attributes", UNSET)
        company_attributes: TemplateCompanyAttributes | Unset
        if isinstance(_company_attributes, Unset):
            company_attributes = UNSET
        else:
            company_attributes = TemplateCompanyAttributes.from_dict(_company_attributes)

        _author = d.pop("author", UNSET)
        author: UserRef | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserRef.from_dict(_author)

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

        _actions = d.pop("actions", UNSET)
        actions: list[TemplateActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = TemplateActionsItem(actions_item_data)

                actions.append(actions_item)

        _data = d.pop("data", UNSET)
        data: TemplateData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TemplateData.from_dict(_data)

        template = cls(
            id=id,
            name=name,
            default=default,
            work_order_title=work_order_title,
            work_orders=work_orders,
            type_of_work=type_of_work,
            client=client,
            project=project,
            service_contract=service_contract,
            company=company,
            company_attributes=company_attributes,
            author=author,
            created=created,
            updated=updated,
            actions=actions,
            data=data,
        )

        template.additional_properties = d
        return template

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

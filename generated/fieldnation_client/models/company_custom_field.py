from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_custom_field_actions_item import CompanyCustomFieldActionsItem
from ..models.company_custom_field_filled_by import CompanyCustomFieldFilledBy
from ..models.company_custom_field_flags_item import CompanyCustomFieldFlagsItem
from ..models.company_custom_field_role import CompanyCustomFieldRole
from ..models.company_custom_field_type import CompanyCustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_custom_field_dependency import CompanyCustomFieldDependency


T = TypeVar("T", bound="CompanyCustomField")


@_attrs_define
class CompanyCustomField:
    """Definition of a custom field the company has configured for work orders.

    Example:
        {'id': 302, 'name': 'Store number', 'tip': "Four-digit store number from the client's list.", 'type': 'text',
            'role': 'buyer', 'flags': ['required', 'seen_by_provider'], 'actions': ['edit']}

    Attributes:
        id (int):
        name (str):
        tip (str | Unset): Help text shown next to the field.
        type_ (CompanyCustomFieldType | Unset):
        options (list[str] | Unset): Allowed values of a predefined (dropdown) field.
        role (CompanyCustomFieldRole | Unset): Who fills the field in.
        category (str | Unset):
        value (str | Unset): Default value.
        dependency (CompanyCustomFieldDependency | Unset): Shows the field only when another custom field compares true
            against `value`. Example: {'id': 301, 'operator': 'equals', 'value': 'Yes'}.
        flags (list[CompanyCustomFieldFlagsItem] | Unset):
        required (bool | Unset): Overview page's spelling of the `required` flag.
        filled_by (CompanyCustomFieldFilledBy | Unset): Overview page's spelling of `role`.
        projects (list[int] | Unset): Projects the field applies to (overview page).
        actions (list[CompanyCustomFieldActionsItem] | Unset):
    """

    id: int
    name: str
    tip: str | Unset = UNSET
    type_: CompanyCustomFieldType | Unset = UNSET
    options: list[str] | Unset = UNSET
    role: CompanyCustomFieldRole | Unset = UNSET
    category: str | Unset = UNSET
    value: str | Unset = UNSET
    dependency: CompanyCustomFieldDependency | Unset = UNSET
    flags: list[CompanyCustomFieldFlagsItem] | Unset = UNSET
    required: bool | Unset = UNSET
    filled_by: CompanyCustomFieldFilledBy | Unset = UNSET
    projects: list[int] | Unset = UNSET
    actions: list[CompanyCustomFieldActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tip = self.tip

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        category = self.category

        value = self.value

        dependency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependency, Unset):
            dependency = self.dependency.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for flags_item_data in self.flags:
                flags_item = flags_item_data.value
                flags.append(flags_item)

        required = self.required

        filled_by: str | Unset = UNSET
        if not isinstance(self.filled_by, Unset):
            filled_by = self.filled_by.value

        projects: list[int] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if tip is not UNSET:
            field_dict["tip"] = tip
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if role is not UNSET:
            field_dict["role"] = role
        if category is not UNSET:
            field_dict["category"] = category
        if value is not UNSET:
            field_dict["value"] = value
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if flags is not UNSET:
            field_dict["flags"] = flags
        if required is not UNSET:
            field_dict["required"] = required
        if filled_by is not UNSET:
            field_dict["filled_by"] = filled_by
        if projects is not UNSET:
            field_dict["projects"] = projects
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_custom_field_dependency import CompanyCustomFieldDependency  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        tip = d.pop("tip", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CompanyCustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CompanyCustomFieldType(_type_)

        options = cast(list[str], d.pop("options", UNSET))

        _role = d.pop("role", UNSET)
        role: CompanyCustomFieldRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = CompanyCustomFieldRole(_role)

        category = d.pop("category", UNSET)

        value = d.pop("value", UNSET)

        _dependency = d.pop("dependency", UNSET)
        dependency: CompanyCustomFieldDependency | Unset
        if isinstance(_dependency, Unset):
            dependency = UNSET
        else:
            dependency = CompanyCustomFieldDependency.from_dict(_dependency)

        _flags = d.pop("flags", UNSET)
        flags: list[CompanyCustomFieldFlagsItem] | Unset = UNSET
        if _flags is not UNSET:
            flags = []
            for flags_item_data in _flags:
                flags_item = CompanyCustomFieldFlagsItem(flags_item_data)

                flags.append(flags_item)

        required = d.pop("required", UNSET)

        _filled_by = d.pop("filled_by", UNSET)
        filled_by: CompanyCustomFieldFilledBy | Unset
        if isinstance(_filled_by, Unset):
            filled_by = UNSET
        else:
            filled_by = CompanyCustomFieldFilledBy(_filled_by)

        projects = cast(list[int], d.pop("projects", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: list[CompanyCustomFieldActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = CompanyCustomFieldActionsItem(actions_item_data)

                actions.append(actions_item)

        company_custom_field = cls(
            id=id,
            name=name,
            tip=tip,
            type_=type_,
            options=options,
            role=role,
            category=category,
            value=value,
            dependency=dependency,
            flags=flags,
            required=required,
            filled_by=filled_by,
            projects=projects,
            actions=actions,
        )

        company_custom_field.additional_properties = d
        return company_custom_field

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_filled_by import CustomFieldFilledBy
from ..models.custom_field_role import CustomFieldRole
from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_dependency import CustomFieldDependency


T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """A custom field with its value on one work order. Everything but `value` is defined by the company and read-only
    here.

        Example:
            {'id': 129, 'name': 'Store Number', 'tip': 'Four-digit number printed on the store sign.', 'type': 'text',
                'role': 'buyer', 'value': '5521', 'flags': ['required', 'shown_in_header'], 'actions': ['edit']}

        Attributes:
            id (int):
            name (str | Unset):
            tip (str | Unset): Help text shown next to the field.
            type_ (CustomFieldType | Unset): Which values the field accepts. `predefined` fields pick one of `options`.
                Example: text.
            options (list[str] | Unset): Allowed values of a `predefined` field; includes `""` when blank is allowed.
            role (CustomFieldRole | Unset): Who fills the field in.
            value (None | str | Unset): Current value; null or empty when not filled in yet.
            dependency (CustomFieldDependency | Unset): Show the field only when another (parent) field's value satisfies
                the condition. Example: {'id': 139, 'operator': 'equals', 'value': 'Yes'}.
            flags (list[str] | Unset): Advanced options, for example `required`, `unique`, `required_during_checkin`,
                `shown_in_header`, `seen_by_provider`, `visible_to_clients`, `show_in_available`.
            category (str | Unset): Name of the category the field belongs to.
            required (bool | Unset): Whether the field must be filled in (simplified form shown in the guide).
            filled_by (CustomFieldFilledBy | Unset): Who fills the field in (simplified form shown in the guide).
            actions (list[str] | Unset): What the caller may do with the field (`edit`).
    """

    id: int
    name: str | Unset = UNSET
    tip: str | Unset = UNSET
    type_: CustomFieldType | Unset = UNSET
    options: list[str] | Unset = UNSET
    role: CustomFieldRole | Unset = UNSET
    value: None | str | Unset = UNSET
    dependency: CustomFieldDependency | Unset = UNSET
    flags: list[str] | Unset = UNSET
    category: str | Unset = UNSET
    required: bool | Unset = UNSET
    filled_by: CustomFieldFilledBy | Unset = UNSET
    actions: list[str] | Unset = UNSET
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

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        dependency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependency, Unset):
            dependency = self.dependency.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        category = self.category

        required = self.required

        filled_by: str | Unset = UNSET
        if not isinstance(self.filled_by, Unset):
            filled_by = self.filled_by.value

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if name is not UNSET:
            field_dict["name"] = name
        if tip is not UNSET:
            field_dict["tip"] = tip
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if role is not UNSET:
            field_dict["role"] = role
        if value is not UNSET:
            field_dict["value"] = value
        if dependency is not UNSET:
            field_dict["dependency"] = dependency
        if flags is not UNSET:
            field_dict["flags"] = flags
        if category is not UNSET:
            field_dict["category"] = category
        if required is not UNSET:
            field_dict["required"] = required
        if filled_by is not UNSET:
            field_dict["filled_by"] = filled_by
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_dependency import CustomFieldDependency  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        tip = d.pop("tip", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType(_type_)

        options = cast(list[str], d.pop("options", UNSET))

        _role = d.pop("role", UNSET)
        role: CustomFieldRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = CustomFieldRole(_role)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        _dependency = d.pop("dependency", UNSET)
        dependency: CustomFieldDependency | Unset
        if isinstance(_dependency, Unset):
            dependency = UNSET
        else:
            dependency = CustomFieldDependency.from_dict(_dependency)

        flags = cast(list[str], d.pop("flags", UNSET))

        category = d.pop("category", UNSET)

        required = d.pop("required", UNSET)

        _filled_by = d.pop("filled_by", UNSET)
        filled_by: CustomFieldFilledBy | Unset
        if isinstance(_filled_by, Unset):
            filled_by = UNSET
        else:
            filled_by = CustomFieldFilledBy(_filled_by)

        actions = cast(list[str], d.pop("actions", UNSET))

        custom_field = cls(
            id=id,
            name=name,
            tip=tip,
            type_=type_,
            options=options,
            role=role,
            value=value,
            dependency=dependency,
            flags=flags,
            category=category,
            required=required,
            filled_by=filled_by,
            actions=actions,
        )

        custom_field.additional_properties = d
        return custom_field

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

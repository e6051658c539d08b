from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_dependency_operator import CustomFieldDependencyOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldDependency")


@_attrs_define
class CustomFieldDependency:
    """Show the field only when another (parent) field's value satisfies the condition.

    Example:
        {'id': 139, 'operator': 'equals', 'value': 'Yes'}

    Attributes:
        id (int | Unset): Parent custom field id.
        operator (CustomFieldDependencyOperator | Unset):
        value (str | Unset): Value the parent field is compared with.
    """

    id: int | Unset = UNSET
    operator: CustomFieldDependencyOperator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: CustomFieldDependencyOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = CustomFieldDependencyOperator(_operator)

        value = d.pop("value", UNSET)

        custom_field_dependency = cls(id=id, operator=operator, value=value)

        custom_field_dependency.additional_properties = d
        return custom_field_dependency

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

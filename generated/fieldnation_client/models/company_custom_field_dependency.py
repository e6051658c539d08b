from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_custom_field_dependency_operator import CompanyCustomFieldDependencyOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCustomFieldDependency")


@_attrs_define
class CompanyCustomFieldDependency:
    """Shows the field only when another custom field compares true against `value`.

    Example:
        {'id': 301, 'operator': 'equals', 'value': 'Yes'}

    Attributes:
        id (int): Id of the custom field this one depends on.
        operator (CompanyCustomFieldDependencyOperator | Unset):
        value (str | Unset):
    """

    id: int
    operator: CompanyCustomFieldDependencyOperator | Unset = UNSET
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
        field_dict.update({"id": id})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _operator = d.pop("operator", UNSET)
        operator: CompanyCustomFieldDependencyOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = CompanyCustomFieldDependencyOperator(_operator)

        value = d.pop("value", UNSET)

        company_custom_field_dependency = cls(id=id, operator=operator, value=value)

        company_custom_field_dependency.additional_properties = d
        return company_custom_field_dependency

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

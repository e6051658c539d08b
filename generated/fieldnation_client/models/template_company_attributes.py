from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateCompanyAttributes")


@_attrs_define
class TemplateCompanyAttributes:
    """Company settings that affect how the template may be edited.

    Attributes:
        workorder_network_change_admin_only (int | Unset): 1 when only administrators may change the network of work
            orders.
    """

    workorder_network_change_admin_only: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workorder_network_change_admin_only = self.workorder_network_change_admin_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workorder_network_change_admin_only is not UNSET:
            field_dict["workorder_network_change_admin_only"] = workorder_network_change_admin_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workorder_network_change_admin_only = d.pop("workorder_network_change_admin_only", UNSET)

        template_company_attributes = cls(
            workorder_network_change_admin_only=workorder_network_change_admin_only
        )

        template_company_attributes.additional_properties = d
        return template_company_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_tag_status import CompanyTagStatus
from ..models.company_tag_type import CompanyTagType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyTagInput")


@_attrs_define
class CompanyTagInput:
    """Body of `POST /company/tags`.

    Example:
        {'label': 'VIP Client', 'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'], 'types':
            ['show_in_dashboard']}

    Attributes:
        label (str):
        hex_color (str | Unset):
        valid_statuses (list[CompanyTagStatus] | Unset):
        types (list[CompanyTagType] | Unset):
    """

    label: str
    hex_color: str | Unset = UNSET
    valid_statuses: list[CompanyTagStatus] | Unset = UNSET
    types: list[CompanyTagType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        hex_color = self.hex_color

        valid_statuses: list[str] | Unset = UNSET
        if not isinstance(self.valid_statuses, Unset):
            valid_statuses = []
            for valid_statuses_item_data in self.valid_statuses:
                valid_statuses_item = valid_statuses_item_data.value
                valid_statuses.append(valid_statuses_item)

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"label": label})
        if hex_color is not UNSET:
            field_dict["hex_color"] = hex_color
        if valid_statuses is not UNSET:
            field_dict["valid_statuses"] = valid_statuses
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        hex_color = d.pop("hex_color", UNSET)

        _valid_statuses = d.pop("valid_statuses", UNSET)
        valid_statuses: list[CompanyTagStatus] | Unset = UNSET
        if _valid_statuses is not UNSET:
            valid_statuses = []
            for valid_statuses_item_data in _valid_statuses:
                valid_statuses_item = CompanyTagStatus(valid_statuses_item_data)

                valid_statuses.append(valid_statuses_item)

        _types = d.pop("types", UNSET)
        types: list[CompanyTagType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = CompanyTagType(types_item_data)

                types.append(types_item)

        company_tag_input = cls(label=label, hex_color=hex_color, valid_statuses=valid_statuses, types=types)

        company_tag_input.additional_properties = d
        return company_tag_input

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

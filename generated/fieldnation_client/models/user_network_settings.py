from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserNetworkSettings")


@_attrs_define
class UserNetworkSettings:
    """
    Attributes:
        access (str | Unset):
        view_available (bool | Unset):
        inactive_routing (bool | Unset):
    """

    access: str | Unset = UNSET
    view_available: bool | Unset = UNSET
    inactive_routing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        view_available = self.view_available

        inactive_routing = self.inactive_routing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if view_available is not UNSET:
            field_dict["view_available"] = view_available
        if inactive_routing is not UNSET:
            field_dict["inactive_routing"] = inactive_routing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access = d.pop("access", UNSET)

        view_available = d.pop("view_available", UNSET)

        inactive_routing = d.pop("inactive_routing", UNSET)

        user_network_settings = cls(
            access=access, view_available=view_available, inactive_routing=inactive_routing
        )

        user_network_settings.additional_properties = d
        return user_network_settings

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

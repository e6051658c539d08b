from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectNotificationText")


@_attrs_define
class ProjectNotificationText:
    """One notification setting, worded separately for the manager and for the provider.

    Example:
        {'manager': 'Work order {id} was assigned.', 'provider': 'You have been assigned work order {id}.'}

    Attributes:
        manager (str | Unset):
        provider (str | Unset):
    """

    manager: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        manager = self.manager

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if manager is not UNSET:
            field_dict["manager"] = manager
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        manager = d.pop("manager", UNSET)

        provider = d.pop("provider", UNSET)

        project_notification_text = cls(manager=manager, provider=provider)

        project_notification_text.additional_properties = d
        return project_notification_text

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

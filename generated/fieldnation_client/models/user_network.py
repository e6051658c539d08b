from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_network_settings import UserNetworkSettings


T = TypeVar("T", bound="UserNetwork")


@_attrs_define
class UserNetwork:
    """A network the user is part of, with its access settings.

    Example:
        {'id': 8, 'name': 'Acme Preferred Techs', 'settings': {'access': 'active', 'view_available': True,
            'inactive_routing': False}}

    Attributes:
        id (int):
        name (str | Unset):
        actions (list[str] | Unset):
        settings (UserNetworkSettings | Unset):
    """

    id: int
    name: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    settings: UserNetworkSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if name is not UNSET:
            field_dict["name"] = name
        if actions is not UNSET:
            field_dict["actions"] = actions
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_network_settings import UserNetworkSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: UserNetworkSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UserNetworkSettings.from_dict(_settings)

        user_network = cls(id=id, name=name, actions=actions, settings=settings)

        user_network.additional_properties = d
        return user_network

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="PreferredProviderGroupUsersInput")


@_attrs_define
class PreferredProviderGroupUsersInput:
    """Providers to add to, or remove from, a preferred provider group: either `users`, a list of user references, or
    `user`, a single one.

        Example:
            {'users': [{'id': 9001}, {'id': 9002}]}

        Attributes:
            users (list[IdRef] | Unset):
            user (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
    """

    users: list[IdRef] | Unset = UNSET
    user: IdRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[IdRef] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = IdRef.from_dict(users_item_data)

                users.append(users_item)

        _user = d.pop("user", UNSET)
        user: IdRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = IdRef.from_dict(_user)

        preferred_provider_group_users_input = cls(users=users, user=user)

        preferred_provider_group_users_input.additional_properties = d
        return preferred_provider_group_users_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StoredLocationContact")


@_attrs_define
class StoredLocationContact:
    """The person to ask for at a saved location.

    Example:
        {'name': 'Office Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}

    Attributes:
        name (str | Unset):
        role (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        phone_ext (str | Unset): Phone extension.
        ext (str | Unset): Older spelling of `phone_ext` in generated clients.
        notes (str | Unset):
    """

    name: str | Unset = UNSET
    role: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_ext: str | Unset = UNSET
    ext: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        email = self.email

        phone = self.phone

        phone_ext = self.phone_ext

        ext = self.ext

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_ext is not UNSET:
            field_dict["phone_ext"] = phone_ext
        if ext is not UNSET:
            field_dict["ext"] = ext
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        role = d.pop("role", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        phone_ext = d.pop("phone_ext", UNSET)

        ext = d.pop("ext", UNSET)

        notes = d.pop("notes", UNSET)

        stored_location_contact = cls(
            name=name, role=role, email=email, phone=phone, phone_ext=phone_ext, ext=ext, notes=notes
        )

        stored_location_contact.additional_properties = d
        return stored_location_contact

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

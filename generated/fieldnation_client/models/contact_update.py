from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_role import ContactRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """Body of `PUT /workorders/{work_order_id}/contacts/{contact_id}`. Only the fields sent are changed.

    Example:
        {'phone': '+1-612-555-0188', 'notes': 'Ask for Maria at the service desk.'}

    Attributes:
        role (ContactRole | Unset): Role of a contact that a client may add or edit through `/contacts`. The API
            compares the exact strings, capitalisation included. The work order manager is listed among the contacts too,
            but is not one of these roles and cannot be written through this path. Example: Location Contact.
        name (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        ext (str | Unset):
        notes (str | Unset):
    """

    role: ContactRole | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    ext: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        name = self.name

        email = self.email

        phone = self.phone

        ext = self.ext

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if ext is not UNSET:
            field_dict["ext"] = ext
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: ContactRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ContactRole(_role)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        ext = d.pop("ext", UNSET)

        notes = d.pop("notes", UNSET)

        contact_update = cls(role=role, name=name, email=email, phone=phone, ext=ext, notes=notes)

        contact_update.additional_properties = d
        return contact_update

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

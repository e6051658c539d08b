from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_role import ContactRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """Body of `POST /workorders/{work_order_id}/contacts`.

    Example:
        {'role': 'Project manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example',
            'phone': '6125550101'}

    Attributes:
        role (ContactRole): Role of a contact that a client may add or edit through `/contacts`. The API compares the
            exact strings, capitalisation included. The work order manager is listed among the contacts too, but is not one
            of these roles and cannot be written through this path. Example: Location Contact.
        name (str): Name, or a short description, of the contact.
        email (str | Unset):
        phone (str | Unset): Phone number in any common notation.
        ext (str | Unset): Phone extension.
        notes (str | Unset):
    """

    role: ContactRole
    name: str
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    ext: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        name = self.name

        email = self.email

        phone = self.phone

        ext = self.ext

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"role": role, "name": name})
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
        role = ContactRole(d.pop("role"))

        name = d.pop("name")

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        ext = d.pop("ext", UNSET)

        notes = d.pop("notes", UNSET)

        contact_input = cls(role=role, name=name, email=email, phone=phone, ext=ext, notes=notes)

        contact_input.additional_properties = d
        return contact_input

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

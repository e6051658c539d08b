from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """One contact of a work order as the API returns it, inside `contacts.results` of the work order or of `GET
    /workorders/{work_order_id}/contacts`.

        Example:
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'email': 'maria.lopez@northstar-retail.example',
                'phone': '+1-612-555-0143', 'ext': '12', 'notes': 'Store manager, available 8am-5pm weekdays.'}

        Attributes:
            id (int): Contact id; negative for built-in contacts such as the work order manager.
            role (str): One of the `ContactRole` values, or the manager's role for the built-in manager contact.
            name (str): Name, or a short description, of the person or desk to contact.
            email (str | Unset): Email address; may be empty.
            phone (str | Unset): Phone number as entered (free form); may be empty.
            ext (str | Unset): Phone extension; may be empty.
            notes (str | Unset): Free-text notes, such as availability hours.
    """

    id: int
    role: str
    name: str
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    ext: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role

        name = self.name

        email = self.email

        phone = self.phone

        ext = self.ext

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "role": role, "name": name})
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
        id = d.pop("id")

        role = d.pop("role")

        name = d.pop("name")

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        ext = d.pop("ext", UNSET)

        notes = d.pop("notes", UNSET)

        contact = cls(id=id, role=role, name=name, email=email, phone=phone, ext=ext, notes=notes)

        contact.additional_properties = d
        return contact

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

from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..models.contact_role import ContactRole
from ..types import UNSET


class ContactInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/contacts`.

    Example:
        {'role': 'Project manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example',
            'phone': '6125550101'}

    Attributes:
        role (ContactRole): Role of a contact that a client may add or edit through `/contacts`. The API compares the
            exact strings, capitalisation included. The work order manager is listed among the contacts too, but is not one
            of these roles and cannot be written through this path.
        name (Any): Name, or a short description, of the contact.
        email (Any):
        phone (Any): Phone number in any common notation.
        ext (Any): Phone extension.
        notes (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        role: ContactRole,
        name: Any,
        email: Any = UNSET,
        phone: Any = UNSET,
        ext: Any = UNSET,
        notes: Any = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("role", role)
        self._set("name", name)
        self._set("email", email)
        self._set("phone", phone)
        self._set("ext", ext)
        self._set("notes", notes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "role": _m.Field(_m.Enum(ContactRole), True, False),
            "name": _m.Field(_m.ANY, True, False),
            "email": _m.Field(_m.ANY, False, False),
            "phone": _m.Field(_m.ANY, False, False),
            "ext": _m.Field(_m.ANY, False, False),
            "notes": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def role(self) -> ContactRole:
        """Role of a contact that a client may add or edit through `/contacts`. The API compares the exact
        strings, capitalisation included. The work order manager is listed among the contacts too, but is
        not one of these roles and cannot be written through this path."""
        return cast("ContactRole", self._get("role"))

    @role.setter
    def role(self, value: ContactRole) -> None:
        self._set("role", value)

    @property
    def name(self) -> Any:
        """Name, or a short description, of the contact."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def email(self) -> Any:
        return self._get("email")

    @email.setter
    def email(self, value: Any) -> None:
        self._set("email", value)

    @property
    def phone(self) -> Any:
        """Phone number in any common notation."""
        return self._get("phone")

    @phone.setter
    def phone(self, value: Any) -> None:
        self._set("phone", value)

    @property
    def ext(self) -> Any:
        """Phone extension."""
        return self._get("ext")

    @ext.setter
    def ext(self, value: Any) -> None:
        self._set("ext", value)

    @property
    def notes(self) -> Any:
        return self._get("notes")

    @notes.setter
    def notes(self, value: Any) -> None:
        self._set("notes", value)

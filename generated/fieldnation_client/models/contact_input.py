from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.contact_role import ContactRole
from ..types import UNSET, Unset


class ContactInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/contacts`.

    Example:
        {'role': 'Project manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example',
            'phone': '6125550101'}

    Attributes:
        role (ContactRole): Role of a contact that a client may add or edit through `/contacts`. The API compares the
            exact strings, capitalisation included. The work order manager is listed among the contacts too, but is not one
            of these roles and cannot be written through this path.
        name (str): Name, or a short description, of the contact.
        email (str | None):
        phone (str | None): Phone number in any common notation.
        ext (str | None): Phone extension.
        notes (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        role: ContactRole,
        name: str,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        ext: str | Unset = UNSET,
        notes: str | Unset = UNSET,
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
            "name": _m.Field(_m.STR, True, False),
            "email": _m.Field(_m.STR, False, False),
            "phone": _m.Field(_m.STR, False, False),
            "ext": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
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
    def name(self) -> str:
        """Name, or a short description, of the contact."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def email(self) -> str | None:
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)

    @property
    def phone(self) -> str | None:
        """Phone number in any common notation."""
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def ext(self) -> str | None:
        """Phone extension."""
        return cast("str | None", self._get("ext"))

    @ext.setter
    def ext(self, value: str | None) -> None:
        self._set("ext", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)


class ContactInputDict(TypedDict, total=False):
    """:class:`ContactInput` as plain data (JSON keys); accepted wherever the model is sent."""

    role: Required[ContactRole | str]
    name: Required[str]
    email: str
    phone: str
    ext: str
    notes: str

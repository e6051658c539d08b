from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class Contact(_m.BaseModel):
    """One contact of a work order as the API returns it, inside `contacts.results` of the work order or of `GET
    /workorders/{work_order_id}/contacts`.

        Example:
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'email': 'maria.lopez@northstar-retail.example',
                'phone': '+1-612-555-0143', 'ext': '12', 'notes': 'Store manager, available 8am-5pm weekdays.'}

        Attributes:
            id (int): Contact id; negative for built-in contacts such as the work order manager.
            role (str): One of the `ContactRole` values, or the manager's role for the built-in manager contact.
            name (str): Name, or a short description, of the person or desk to contact.
            email (str | None): Email address; may be empty.
            phone (str | None): Phone number as entered (free form); may be empty.
            ext (str | None): Phone extension; may be empty.
            notes (str | None): Free-text notes, such as availability hours.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        role: str,
        name: str,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        ext: str | Unset = UNSET,
        notes: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("role", role)
        self._set("name", name)
        self._set("email", email)
        self._set("phone", phone)
        self._set("ext", ext)
        self._set("notes", notes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "role": _m.Field(_m.STR, True, False),
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
    def id(self) -> int:
        """Contact id; negative for built-in contacts such as the work order manager."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def role(self) -> str:
        """One of the `ContactRole` values, or the manager's role for the built-in manager contact."""
        return cast("str", self._get("role"))

    @role.setter
    def role(self, value: str) -> None:
        self._set("role", value)

    @property
    def name(self) -> str:
        """Name, or a short description, of the person or desk to contact."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def email(self) -> str | None:
        """Email address; may be empty."""
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)

    @property
    def phone(self) -> str | None:
        """Phone number as entered (free form); may be empty."""
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def ext(self) -> str | None:
        """Phone extension; may be empty."""
        return cast("str | None", self._get("ext"))

    @ext.setter
    def ext(self, value: str | None) -> None:
        self._set("ext", value)

    @property
    def notes(self) -> str | None:
        """Free-text notes, such as availability hours."""
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)


class ContactDict(TypedDict, total=False):
    """:class:`Contact` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    role: Required[str]
    name: Required[str]
    email: str
    phone: str
    ext: str
    notes: str

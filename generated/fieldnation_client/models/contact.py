from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class Contact(_m.BaseModel):
    """One contact of a work order as the API returns it, inside `contacts.results` of the work order or of `GET
    /workorders/{work_order_id}/contacts`.

        Example:
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'email': 'maria.lopez@northstar-retail.example',
                'phone': '+1-612-555-0143', 'ext': '12', 'notes': 'Store manager, available 8am-5pm weekdays.'}

        Attributes:
            id (int): Contact id; negative for built-in contacts such as the work order manager.
            role (Any): One of the `ContactRole` values, or the manager's role for the built-in manager contact.
            name (Any): Name, or a short description, of the person or desk to contact.
            email (Any): Email address; may be empty.
            phone (Any): Phone number as entered (free form); may be empty.
            ext (Any): Phone extension; may be empty.
            notes (Any): Free-text notes, such as availability hours.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        role: Any,
        name: Any,
        email: Any = UNSET,
        phone: Any = UNSET,
        ext: Any = UNSET,
        notes: Any = UNSET,
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
            "role": _m.Field(_m.ANY, True, False),
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
    def id(self) -> int:
        """Contact id; negative for built-in contacts such as the work order manager."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def role(self) -> Any:
        """One of the `ContactRole` values, or the manager's role for the built-in manager contact."""
        return self._get("role")

    @role.setter
    def role(self, value: Any) -> None:
        self._set("role", value)

    @property
    def name(self) -> Any:
        """Name, or a short description, of the person or desk to contact."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def email(self) -> Any:
        """Email address; may be empty."""
        return self._get("email")

    @email.setter
    def email(self, value: Any) -> None:
        self._set("email", value)

    @property
    def phone(self) -> Any:
        """Phone number as entered (free form); may be empty."""
        return self._get("phone")

    @phone.setter
    def phone(self, value: Any) -> None:
        self._set("phone", value)

    @property
    def ext(self) -> Any:
        """Phone extension; may be empty."""
        return self._get("ext")

    @ext.setter
    def ext(self, value: Any) -> None:
        self._set("ext", value)

    @property
    def notes(self) -> Any:
        """Free-text notes, such as availability hours."""
        return self._get("notes")

    @notes.setter
    def notes(self, value: Any) -> None:
        self._set("notes", value)

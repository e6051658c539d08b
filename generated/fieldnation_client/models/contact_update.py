from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..models.contact_role import ContactRole
from ..types import UNSET, Unset


class ContactUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/contacts/{contact_id}`. Only the fields sent are changed.

    Example:
        {'phone': '+1-612-555-0188', 'notes': 'Ask for Maria at the service desk.'}

    Attributes:
        role (ContactRole | None): Role of a contact that a client may add or edit through `/contacts`. The API compares
            the exact strings, capitalisation included. The work order manager is listed among the contacts too, but is not
            one of these roles and cannot be written through this path.
        name (str | None):
        email (str | None):
        phone (str | None):
        ext (str | None):
        notes (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        role: ContactRole | Unset = UNSET,
        name: str | Unset = UNSET,
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
            "role": _m.Field(_m.Enum(ContactRole), False, False),
            "name": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
            "phone": _m.Field(_m.STR, False, False),
            "ext": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def role(self) -> ContactRole | None:
        """Role of a contact that a client may add or edit through `/contacts`. The API compares the exact
        strings, capitalisation included. The work order manager is listed among the contacts too, but is
        not one of these roles and cannot be written through this path."""
        return cast("ContactRole | None", self._get("role"))

    @role.setter
    def role(self, value: ContactRole | None) -> None:
        self._set("role", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def email(self) -> str | None:
        return cast("str | None", self._get("email"))

    @email.setter
    def email(self, value: str | None) -> None:
        self._set("email", value)

    @property
    def phone(self) -> str | None:
        return cast("str | None", self._get("phone"))

    @phone.setter
    def phone(self, value: str | None) -> None:
        self._set("phone", value)

    @property
    def ext(self) -> str | None:
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


class ContactUpdateDict(TypedDict, total=False):
    """:class:`ContactUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    role: ContactRole | str
    name: str
    email: str
    phone: str
    ext: str
    notes: str

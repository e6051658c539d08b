from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class StoredLocationContact(_m.BaseModel):
    """The person to ask for at a saved location.

    Example:
        {'name': 'Office Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}

    Attributes:
        name (str | None):
        role (str | None):
        email (str | None):
        phone (str | None):
        phone_ext (str | None): Phone extension.
        ext (str | None): Older spelling of `phone_ext` in generated clients.
        notes (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        role: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        phone_ext: str | Unset = UNSET,
        ext: str | Unset = UNSET,
        notes: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("role", role)
        self._set("email", email)
        self._set("phone", phone)
        self._set("phone_ext", phone_ext)
        self._set("ext", ext)
        self._set("notes", notes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "name": _m.Field(_m.STR, False, False),
            "role": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
            "phone": _m.Field(_m.STR, False, False),
            "phone_ext": _m.Field(_m.STR, False, False),
            "ext": _m.Field(_m.STR, False, False),
            "notes": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def role(self) -> str | None:
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

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
    def phone_ext(self) -> str | None:
        """Phone extension."""
        return cast("str | None", self._get("phone_ext"))

    @phone_ext.setter
    def phone_ext(self, value: str | None) -> None:
        self._set("phone_ext", value)

    @property
    def ext(self) -> str | None:
        """Older spelling of `phone_ext` in generated clients."""
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


class StoredLocationContactDict(TypedDict, total=False):
    """:class:`StoredLocationContact` as plain data (JSON keys); accepted wherever the model is sent."""

    name: str
    role: str
    email: str
    phone: str
    phone_ext: str
    ext: str
    notes: str

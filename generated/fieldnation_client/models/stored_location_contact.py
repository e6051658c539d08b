from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class StoredLocationContact(_m.BaseModel):
    """The person to ask for at a saved location.

    Example:
        {'name': 'Office Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}

    Attributes:
        name (Any):
        role (Any):
        email (Any):
        phone (Any):
        phone_ext (Any): Phone extension.
        ext (Any): Older spelling of `phone_ext` in generated clients.
        notes (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Any = UNSET,
        role: Any = UNSET,
        email: Any = UNSET,
        phone: Any = UNSET,
        phone_ext: Any = UNSET,
        ext: Any = UNSET,
        notes: Any = UNSET,
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
            "name": _m.Field(_m.ANY, False, False),
            "role": _m.Field(_m.ANY, False, False),
            "email": _m.Field(_m.ANY, False, False),
            "phone": _m.Field(_m.ANY, False, False),
            "phone_ext": _m.Field(_m.ANY, False, False),
            "ext": _m.Field(_m.ANY, False, False),
            "notes": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def role(self) -> Any:
        return self._get("role")

    @role.setter
    def role(self, value: Any) -> None:
        self._set("role", value)

    @property
    def email(self) -> Any:
        return self._get("email")

    @email.setter
    def email(self, value: Any) -> None:
        self._set("email", value)

    @property
    def phone(self) -> Any:
        return self._get("phone")

    @phone.setter
    def phone(self, value: Any) -> None:
        self._set("phone", value)

    @property
    def phone_ext(self) -> Any:
        """Phone extension."""
        return self._get("phone_ext")

    @phone_ext.setter
    def phone_ext(self, value: Any) -> None:
        self._set("phone_ext", value)

    @property
    def ext(self) -> Any:
        """Older spelling of `phone_ext` in generated clients."""
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

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class UserRef(_m.BaseModel):
    """A user as embedded in other objects (author, assignee, manager).

    Example:
        {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}

    Attributes:
        id (int):
        first_name (str | None):
        last_name (str | None):
        email (str | None):
        phone (str | None):
        thumbnail (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("email", email)
        self._set("phone", phone)
        self._set("thumbnail", thumbnail)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "first_name": _m.Field(_m.STR, False, False),
            "last_name": _m.Field(_m.STR, False, False),
            "email": _m.Field(_m.STR, False, False),
            "phone": _m.Field(_m.STR, False, False),
            "thumbnail": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def first_name(self) -> str | None:
        return cast("str | None", self._get("first_name"))

    @first_name.setter
    def first_name(self, value: str | None) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> str | None:
        return cast("str | None", self._get("last_name"))

    @last_name.setter
    def last_name(self, value: str | None) -> None:
        self._set("last_name", value)

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
    def thumbnail(self) -> str | None:
        return cast("str | None", self._get("thumbnail"))

    @thumbnail.setter
    def thumbnail(self, value: str | None) -> None:
        self._set("thumbnail", value)


class UserRefDict(TypedDict, total=False):
    """:class:`UserRef` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    first_name: str
    last_name: str
    email: str
    phone: str
    thumbnail: str

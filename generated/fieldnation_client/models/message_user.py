from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class MessageUser(_m.BaseModel):
    """Sender or recipient of a message.

    Example:
        {'id': 7001, 'name': 'Dana Whitfield', 'role': 'buyer'}

    Attributes:
        id (int):
        name (str | None): Display name (the guide's spelling).
        first_name (str | None):
        last_name (str | None):
        role (str | None): Role of the user on the work order (`provider`, `buyer`, ...).
        thumbnail (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        role: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("role", role)
        self._set("thumbnail", thumbnail)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "first_name": _m.Field(_m.STR, False, False),
            "last_name": _m.Field(_m.STR, False, False),
            "role": _m.Field(_m.STR, False, False),
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
    def name(self) -> str | None:
        """Display name (the guide's spelling)."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

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
    def role(self) -> str | None:
        """Role of the user on the work order (`provider`, `buyer`, ...)."""
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def thumbnail(self) -> str | None:
        return cast("str | None", self._get("thumbnail"))

    @thumbnail.setter
    def thumbnail(self, value: str | None) -> None:
        self._set("thumbnail", value)


class MessageUserDict(TypedDict, total=False):
    """:class:`MessageUser` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    first_name: str
    last_name: str
    role: str
    thumbnail: str

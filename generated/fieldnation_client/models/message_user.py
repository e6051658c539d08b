from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class MessageUser(_m.BaseModel):
    """Sender or recipient of a message.

    Example:
        {'id': 7001, 'name': 'Dana Whitfield', 'role': 'buyer'}

    Attributes:
        id (int):
        name (Any): Display name (the guide's spelling).
        first_name (Any):
        last_name (Any):
        role (Any): Role of the user on the work order (`provider`, `buyer`, ...).
        thumbnail (Any):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: Any = UNSET,
        first_name: Any = UNSET,
        last_name: Any = UNSET,
        role: Any = UNSET,
        thumbnail: Any = UNSET,
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
            "name": _m.Field(_m.ANY, False, False),
            "first_name": _m.Field(_m.ANY, False, False),
            "last_name": _m.Field(_m.ANY, False, False),
            "role": _m.Field(_m.ANY, False, False),
            "thumbnail": _m.Field(_m.ANY, False, False),
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
    def name(self) -> Any:
        """Display name (the guide's spelling)."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def first_name(self) -> Any:
        return self._get("first_name")

    @first_name.setter
    def first_name(self, value: Any) -> None:
        self._set("first_name", value)

    @property
    def last_name(self) -> Any:
        return self._get("last_name")

    @last_name.setter
    def last_name(self, value: Any) -> None:
        self._set("last_name", value)

    @property
    def role(self) -> Any:
        """Role of the user on the work order (`provider`, `buyer`, ...)."""
        return self._get("role")

    @role.setter
    def role(self, value: Any) -> None:
        self._set("role", value)

    @property
    def thumbnail(self) -> Any:
        return self._get("thumbnail")

    @thumbnail.setter
    def thumbnail(self, value: Any) -> None:
        self._set("thumbnail", value)

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class AutoDispatchWorkerUser(_m.BaseModel):
    """Who started the job.

    Attributes:
        id (str | int | None): User ID (a string on the playground).
        first_name (str | None):
        last_name (str | None):
        thumbnail (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: str | int | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("first_name", first_name)
        self._set("last_name", last_name)
        self._set("thumbnail", thumbnail)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Union((_m.STR, _m.INT)), False, False),
            "first_name": _m.Field(_m.STR, False, False),
            "last_name": _m.Field(_m.STR, False, False),
            "thumbnail": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> str | int | None:
        """User ID (a string on the playground)."""
        return cast("str | int | None", self._get("id"))

    @id.setter
    def id(self, value: str | int | None) -> None:
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
    def thumbnail(self) -> str | None:
        return cast("str | None", self._get("thumbnail"))

    @thumbnail.setter
    def thumbnail(self, value: str | None) -> None:
        self._set("thumbnail", value)


class AutoDispatchWorkerUserDict(TypedDict, total=False):
    """:class:`AutoDispatchWorkerUser` as plain data (JSON keys); accepted wherever the model is sent."""

    id: str | int
    first_name: str
    last_name: str
    thumbnail: str

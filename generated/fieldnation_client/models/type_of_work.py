from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TypeOfWork(_m.BaseModel):
    """A type of work: the classification a work order (or template) is filed under, such as "Point of Sale". `industry`
    names the broader category the type belongs to.

        Example:
            {'id': 62, 'name': 'Point of Sale', 'industry': 'Information Technology / Communications'}

        Attributes:
            id (int):
            name (str): Display name of the type of work.
            industry (str | None): Industry or service category the type belongs to.
            description (str | None): Longer explanation (newer overview page only).
            idv4 (int | None): Identifier of the same type in Field Nation's newer taxonomy (seen inside template payloads).
            self_reported (int | None): Flag (0/1) seen inside template payloads.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        industry: str | Unset = UNSET,
        description: str | Unset = UNSET,
        idv4: int | Unset = UNSET,
        self_reported: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("industry", industry)
        self._set("description", description)
        self._set("idv4", idv4)
        self._set("self_reported", self_reported)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "industry": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "idv4": _m.Field(_m.INT, False, False),
            "self_reported": _m.Field(_m.INT, False, False),
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
    def name(self) -> str:
        """Display name of the type of work."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def industry(self) -> str | None:
        """Industry or service category the type belongs to."""
        return cast("str | None", self._get("industry"))

    @industry.setter
    def industry(self, value: str | None) -> None:
        self._set("industry", value)

    @property
    def description(self) -> str | None:
        """Longer explanation (newer overview page only)."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def idv4(self) -> int | None:
        """Identifier of the same type in Field Nation's newer taxonomy (seen inside template payloads)."""
        return cast("int | None", self._get("idv4"))

    @idv4.setter
    def idv4(self, value: int | None) -> None:
        self._set("idv4", value)

    @property
    def self_reported(self) -> int | None:
        """Flag (0/1) seen inside template payloads."""
        return cast("int | None", self._get("self_reported"))

    @self_reported.setter
    def self_reported(self, value: int | None) -> None:
        self._set("self_reported", value)


class TypeOfWorkDict(TypedDict, total=False):
    """:class:`TypeOfWork` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    industry: str
    description: str
    idv4: int
    self_reported: int

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderTypeOfWork(_m.BaseModel):
    """A type of work as embedded in a work order.

    Example:
        {'id': 62, 'name': 'Point of Sale', 'isPrimary': True}

    Attributes:
        id (int):
        name (str | None):
        industry (str | None):
        idv4 (int | None): Id of the same type in Field Nation's newer taxonomy.
        self_reported (int | None):
        isPrimary (bool | None): Whether this is the primary type of work.
        is_primary (bool | None): Snake-case spelling of `isPrimary` used by some answers.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        idv4: int | Unset = UNSET,
        self_reported: int | Unset = UNSET,
        isPrimary: bool | Unset = UNSET,
        is_primary: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("industry", industry)
        self._set("idv4", idv4)
        self._set("self_reported", self_reported)
        self._set("isPrimary", isPrimary)
        self._set("is_primary", is_primary)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "industry": _m.Field(_m.STR, False, False),
            "idv4": _m.Field(_m.INT, False, False),
            "self_reported": _m.Field(_m.INT, False, False),
            "isPrimary": _m.Field(_m.BOOL, False, False),
            "is_primary": _m.Field(_m.BOOL, False, False),
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
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def industry(self) -> str | None:
        return cast("str | None", self._get("industry"))

    @industry.setter
    def industry(self, value: str | None) -> None:
        self._set("industry", value)

    @property
    def idv4(self) -> int | None:
        """Id of the same type in Field Nation's newer taxonomy."""
        return cast("int | None", self._get("idv4"))

    @idv4.setter
    def idv4(self, value: int | None) -> None:
        self._set("idv4", value)

    @property
    def self_reported(self) -> int | None:
        return cast("int | None", self._get("self_reported"))

    @self_reported.setter
    def self_reported(self, value: int | None) -> None:
        self._set("self_reported", value)

    @property
    def isPrimary(self) -> bool | None:
        """Whether this is the primary type of work."""
        return cast("bool | None", self._get("isPrimary"))

    @isPrimary.setter
    def isPrimary(self, value: bool | None) -> None:
        self._set("isPrimary", value)

    @property
    def is_primary(self) -> bool | None:
        """Snake-case spelling of `isPrimary` used by some answers."""
        return cast("bool | None", self._get("is_primary"))

    @is_primary.setter
    def is_primary(self, value: bool | None) -> None:
        self._set("is_primary", value)


class WorkOrderTypeOfWorkDict(TypedDict, total=False):
    """:class:`WorkOrderTypeOfWork` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    industry: str
    idv4: int
    self_reported: int
    isPrimary: bool
    is_primary: bool

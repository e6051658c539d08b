from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class UserCompany(_m.BaseModel):
    """The company a user belongs to.

    Example:
        {'id': 612, 'name': 'Lakeside Tech Services'}

    Attributes:
        id (int):
        name (str | None):
        technicians (int | None): Number of technicians of a provider company.
    """

    __slots__ = ()

    def __init__(self, *, id: int, name: str | Unset = UNSET, technicians: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("technicians", technicians)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "technicians": _m.Field(_m.INT, False, False),
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
    def technicians(self) -> int | None:
        """Number of technicians of a provider company."""
        return cast("int | None", self._get("technicians"))

    @technicians.setter
    def technicians(self, value: int | None) -> None:
        self._set("technicians", value)


class UserCompanyDict(TypedDict, total=False):
    """:class:`UserCompany` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    technicians: int

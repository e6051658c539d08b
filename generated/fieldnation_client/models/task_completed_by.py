from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TaskCompletedBy(_m.BaseModel):
    """
    Attributes:
        id (int | None):
        name (str | None):
        assigned (bool | None): Whether the user who completed the task is the assigned provider.
    """

    __slots__ = ()

    def __init__(
        self, *, id: int | Unset = UNSET, name: str | Unset = UNSET, assigned: bool | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("assigned", assigned)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "assigned": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def assigned(self) -> bool | None:
        """Whether the user who completed the task is the assigned provider."""
        return cast("bool | None", self._get("assigned"))

    @assigned.setter
    def assigned(self, value: bool | None) -> None:
        self._set("assigned", value)


class TaskCompletedByDict(TypedDict, total=False):
    """:class:`TaskCompletedBy` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    assigned: bool

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderTypeOfWorkInput(_m.BaseModel):
    """A type of work chosen for a work order. Mark exactly one as primary. Field Nation's reference spells the flag
    `isPrimary`; the newer model writes `is_primary`; either is accepted.

        Example:
            {'id': 62, 'isPrimary': True}

        Attributes:
            id (int): Type of work id (see the types-of-work endpoint).
            isPrimary (bool | None):
            is_primary (bool | None):
    """

    __slots__ = ()

    def __init__(self, *, id: int, isPrimary: bool | Unset = UNSET, is_primary: bool | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("isPrimary", isPrimary)
        self._set("is_primary", is_primary)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "isPrimary": _m.Field(_m.BOOL, False, False),
            "is_primary": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """Type of work id (see the types-of-work endpoint)."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def isPrimary(self) -> bool | None:
        return cast("bool | None", self._get("isPrimary"))

    @isPrimary.setter
    def isPrimary(self, value: bool | None) -> None:
        self._set("isPrimary", value)

    @property
    def is_primary(self) -> bool | None:
        return cast("bool | None", self._get("is_primary"))

    @is_primary.setter
    def is_primary(self, value: bool | None) -> None:
        self._set("is_primary", value)


class WorkOrderTypeOfWorkInputDict(TypedDict, total=False):
    """:class:`WorkOrderTypeOfWorkInput` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    isPrimary: bool
    is_primary: bool

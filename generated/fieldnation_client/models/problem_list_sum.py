from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProblemListSum(_m.BaseModel):
    """Counts of problems. The playground shows `active` and `resolved`; the Android client's model has `resolved` and
    `unresolved`.

        Attributes:
            active (int | None):
            resolved (int | None):
            unresolved (int | None):
    """

    __slots__ = ()

    def __init__(
        self, *, active: int | Unset = UNSET, resolved: int | Unset = UNSET, unresolved: int | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("active", active)
        self._set("resolved", resolved)
        self._set("unresolved", unresolved)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "active": _m.Field(_m.INT, False, False),
            "resolved": _m.Field(_m.INT, False, False),
            "unresolved": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def active(self) -> int | None:
        return cast("int | None", self._get("active"))

    @active.setter
    def active(self, value: int | None) -> None:
        self._set("active", value)

    @property
    def resolved(self) -> int | None:
        return cast("int | None", self._get("resolved"))

    @resolved.setter
    def resolved(self, value: int | None) -> None:
        self._set("resolved", value)

    @property
    def unresolved(self) -> int | None:
        return cast("int | None", self._get("unresolved"))

    @unresolved.setter
    def unresolved(self, value: int | None) -> None:
        self._set("unresolved", value)


class ProblemListSumDict(TypedDict, total=False):
    """:class:`ProblemListSum` as plain data (JSON keys); accepted wherever the model is sent."""

    active: int
    resolved: int
    unresolved: int

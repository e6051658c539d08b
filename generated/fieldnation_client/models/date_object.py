from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object_local import DateObjectLocal, DateObjectLocalDict


class DateObject(_m.BaseModel):
    """Field Nation's timestamp object, UTC plus the local date and time where known.

    Example:
        {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}

    Attributes:
        utc (str): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
            (`2026-02-01T17:00:00Z`). Both are accepted on input.
        local (DateObjectLocal | None):
    """

    __slots__ = ()

    def __init__(self, *, utc: str, local: DateObjectLocal | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("utc", utc)
        self._set("local", local)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object_local import DateObjectLocal  # noqa: PLC0415

        return {
            "utc": _m.Field(_m.STR, True, False),
            "local": _m.Field(_m.Model(DateObjectLocal), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def utc(self) -> str:
        """A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
        (`2026-02-01T17:00:00Z`). Both are accepted on input."""
        return cast("str", self._get("utc"))

    @utc.setter
    def utc(self, value: str) -> None:
        self._set("utc", value)

    @property
    def local(self) -> DateObjectLocal | None:
        return cast("DateObjectLocal | None", self._get("local"))

    @local.setter
    def local(self, value: DateObjectLocal | None) -> None:
        self._set("local", value)


class DateObjectDict(TypedDict, total=False):
    """:class:`DateObject` as plain data (JSON keys); accepted wherever the model is sent."""

    utc: Required[str]
    local: DateObjectLocal | DateObjectLocalDict

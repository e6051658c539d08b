from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ScheduleTimeZone(_m.BaseModel):
    """Time zone of the work order's location.

    Example:
        {'id': 5, 'name': 'America/Chicago', 'short': 'CDT', 'offset': -5}

    Attributes:
        id (int | None):
        name (str | None): IANA name, for example `America/Chicago`.
        short (str | None): Abbreviation, for example `CDT`.
        offset (float | None): Offset from UTC in hours.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        short: str | Unset = UNSET,
        offset: float | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("short", short)
        self._set("offset", offset)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "short": _m.Field(_m.STR, False, False),
            "offset": _m.Field(_m.FLOAT, False, False),
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
        """IANA name, for example `America/Chicago`."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def short(self) -> str | None:
        """Abbreviation, for example `CDT`."""
        return cast("str | None", self._get("short"))

    @short.setter
    def short(self, value: str | None) -> None:
        self._set("short", value)

    @property
    def offset(self) -> float | None:
        """Offset from UTC in hours."""
        return cast("float | None", self._get("offset"))

    @offset.setter
    def offset(self, value: float | None) -> None:
        self._set("offset", value)


class ScheduleTimeZoneDict(TypedDict, total=False):
    """:class:`ScheduleTimeZone` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    short: str
    offset: float

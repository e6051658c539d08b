from __future__ import annotations

import datetime
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProblemResolutionTime(_m.BaseModel):
    """When a problem was resolved (a flat timestamp object with utc, date and time).

    Example:
        {'utc': '2026-07-01 16:30:00', 'date': '2026-07-01', 'time': '11:30:00'}

    Attributes:
        utc (str | None): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
            (`2026-02-01T17:00:00Z`). Both are accepted on input.
        date (datetime.date | None):
        time (str | None):
    """

    __slots__ = ()

    def __init__(
        self, *, utc: str | Unset = UNSET, date: datetime.date | Unset = UNSET, time: str | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("utc", utc)
        self._set("date", date)
        self._set("time", time)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "utc": _m.Field(_m.STR, False, False),
            "date": _m.Field(_m.DATE, False, False),
            "time": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def utc(self) -> str | None:
        """A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
        (`2026-02-01T17:00:00Z`). Both are accepted on input."""
        return cast("str | None", self._get("utc"))

    @utc.setter
    def utc(self, value: str | None) -> None:
        self._set("utc", value)

    @property
    def date(self) -> datetime.date | None:
        return cast("datetime.date | None", self._get("date"))

    @date.setter
    def date(self, value: datetime.date | None) -> None:
        self._set("date", value)

    @property
    def time(self) -> str | None:
        return cast("str | None", self._get("time"))

    @time.setter
    def time(self, value: str | None) -> None:
        self._set("time", value)


class ProblemResolutionTimeDict(TypedDict, total=False):
    """:class:`ProblemResolutionTime` as plain data (JSON keys); accepted wherever the model is sent."""

    utc: str
    date: datetime.date | str
    time: str

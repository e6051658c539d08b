from __future__ import annotations

import datetime
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class DateObjectLocal(_m.BaseModel):
    """
    Attributes:
        date (datetime.date | None):
        time (str | None):
    """

    __slots__ = ()

    def __init__(self, *, date: datetime.date | Unset = UNSET, time: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("date", date)
        self._set("time", time)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"date": _m.Field(_m.DATE, False, False), "time": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

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


class DateObjectLocalDict(TypedDict, total=False):
    """:class:`DateObjectLocal` as plain data (JSON keys); accepted wherever the model is sent."""

    date: datetime.date | str
    time: str

from __future__ import annotations

import datetime
from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class TaskCompletedLocal(_m.BaseModel):
    """
    Attributes:
        date (datetime.date | None):
        time (Any):
    """

    __slots__ = ()

    def __init__(self, *, date: datetime.date | Unset = UNSET, time: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("date", date)
        self._set("time", time)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"date": _m.Field(_m.DATE, False, False), "time": _m.Field(_m.ANY, False, False)}

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
    def time(self) -> Any:
        return self._get("time")

    @time.setter
    def time(self, value: Any) -> None:
        self._set("time", value)

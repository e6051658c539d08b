from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayIncreaseListSum(_m.BaseModel):
    """Dollar total of the increases.

    Attributes:
        all_ (Decimal | None):
    """

    __slots__ = ()

    def __init__(self, *, all_: Decimal | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("all", all_)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"all": _m.Field(_m.DECIMAL, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def all_(self) -> Decimal | None:
        return cast("Decimal | None", self._get("all"))

    @all_.setter
    def all_(self, value: Decimal | None) -> None:
        self._set("all", value)


class PayIncreaseListSumDict(TypedDict, total=False):
    """:class:`PayIncreaseListSum` as plain data (JSON keys); accepted wherever the model is sent."""

    all: Decimal | float | str

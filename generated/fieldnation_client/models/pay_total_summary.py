from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayTotalSummary(_m.BaseModel):
    """The pay guide's form of `total`, the amount earned so far and the hours behind it.

    Example:
        {'amount': 195.0, 'hours_worked': 3.0}

    Attributes:
        amount (Decimal | None):
        hours_worked (float | None):
    """

    __slots__ = ()

    def __init__(self, *, amount: Decimal | Unset = UNSET, hours_worked: float | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("amount", amount)
        self._set("hours_worked", hours_worked)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "amount": _m.Field(_m.DECIMAL, False, False),
            "hours_worked": _m.Field(_m.FLOAT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def amount(self) -> Decimal | None:
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def hours_worked(self) -> float | None:
        return cast("float | None", self._get("hours_worked"))

    @hours_worked.setter
    def hours_worked(self, value: float | None) -> None:
        self._set("hours_worked", value)


class PayTotalSummaryDict(TypedDict, total=False):
    """:class:`PayTotalSummary` as plain data (JSON keys); accepted wherever the model is sent."""

    amount: Decimal | float | str
    hours_worked: float

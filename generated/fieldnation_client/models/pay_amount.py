from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayAmount(_m.BaseModel):
    """An amount paired with a number of units. What the pair means depends on the pay type: `fixed` base is the total with
    `units` 1; `hourly` base is the hourly rate with `units` the maximum hours; `device` base is the rate per device
    with `units` the maximum devices; `blended` base is the amount for the first `units` hours and `additional` the
    hourly rate for up to `units` more hours.

        Example:
            {'amount': 400, 'units': 1}

        Attributes:
            amount (Decimal | None): Dollar amount (a total or a rate, depending on the pay type).
            units (float | None): Hours, devices, or 1 for fixed pay.
    """

    __slots__ = ()

    def __init__(self, *, amount: Decimal | Unset = UNSET, units: float | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("amount", amount)
        self._set("units", units)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"amount": _m.Field(_m.DECIMAL, False, False), "units": _m.Field(_m.FLOAT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def amount(self) -> Decimal | None:
        """Dollar amount (a total or a rate, depending on the pay type)."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def units(self) -> float | None:
        """Hours, devices, or 1 for fixed pay."""
        return cast("float | None", self._get("units"))

    @units.setter
    def units(self, value: float | None) -> None:
        self._set("units", value)


class PayAmountDict(TypedDict, total=False):
    """:class:`PayAmount` as plain data (JSON keys); accepted wherever the model is sent."""

    amount: Decimal | float | str
    units: float

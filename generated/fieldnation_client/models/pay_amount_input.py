from __future__ import annotations

from decimal import Decimal
from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayAmountInput(_m.BaseModel):
    """An amount/units pair as sent in requests. `amount` is required; `units` may be left out (the narrative guide sends
    `{"amount": 200.00}` alone for fixed pay).

        Example:
            {'amount': 25, 'units': 4}

        Attributes:
            amount (Decimal): Dollar amount, as a number or a decimal string.
            units (float | None): Hours, devices, or 1 for fixed pay.
    """

    __slots__ = ()

    def __init__(self, *, amount: Decimal, units: float | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("amount", amount)
        self._set("units", units)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"amount": _m.Field(_m.DECIMAL, True, False), "units": _m.Field(_m.FLOAT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def amount(self) -> Decimal:
        """Dollar amount, as a number or a decimal string."""
        return cast("Decimal", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal) -> None:
        self._set("amount", value)

    @property
    def units(self) -> float | None:
        """Hours, devices, or 1 for fixed pay."""
        return cast("float | None", self._get("units"))

    @units.setter
    def units(self, value: float | None) -> None:
        self._set("units", value)


class PayAmountInputDict(TypedDict, total=False):
    """:class:`PayAmountInput` as plain data (JSON keys); accepted wherever the model is sent."""

    amount: Required[Decimal | float | str]
    units: float

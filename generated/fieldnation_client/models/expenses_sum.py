from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ExpensesSum(_m.BaseModel):
    """Totals over the expenses of a work order, in US dollars.

    Example:
        {'all': 50.0, 'charged': 0, 'uncharged': 50.0}

    Attributes:
        all_ (Decimal | None):
        charged (Decimal | None):
        uncharged (Decimal | None):
        pending (Decimal | None):
        approved (Decimal | None):
        approved_amount (Decimal | None):
        denied (Decimal | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        all_: Decimal | Unset = UNSET,
        charged: Decimal | Unset = UNSET,
        uncharged: Decimal | Unset = UNSET,
        pending: Decimal | Unset = UNSET,
        approved: Decimal | Unset = UNSET,
        approved_amount: Decimal | Unset = UNSET,
        denied: Decimal | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("all", all_)
        self._set("charged", charged)
        self._set("uncharged", uncharged)
        self._set("pending", pending)
        self._set("approved", approved)
        self._set("approved_amount", approved_amount)
        self._set("denied", denied)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "all": _m.Field(_m.DECIMAL, False, False),
            "charged": _m.Field(_m.DECIMAL, False, False),
            "uncharged": _m.Field(_m.DECIMAL, False, False),
            "pending": _m.Field(_m.DECIMAL, False, False),
            "approved": _m.Field(_m.DECIMAL, False, False),
            "approved_amount": _m.Field(_m.DECIMAL, False, False),
            "denied": _m.Field(_m.DECIMAL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def all_(self) -> Decimal | None:
        return cast("Decimal | None", self._get("all"))

    @all_.setter
    def all_(self, value: Decimal | None) -> None:
        self._set("all", value)

    @property
    def charged(self) -> Decimal | None:
        return cast("Decimal | None", self._get("charged"))

    @charged.setter
    def charged(self, value: Decimal | None) -> None:
        self._set("charged", value)

    @property
    def uncharged(self) -> Decimal | None:
        return cast("Decimal | None", self._get("uncharged"))

    @uncharged.setter
    def uncharged(self, value: Decimal | None) -> None:
        self._set("uncharged", value)

    @property
    def pending(self) -> Decimal | None:
        return cast("Decimal | None", self._get("pending"))

    @pending.setter
    def pending(self, value: Decimal | None) -> None:
        self._set("pending", value)

    @property
    def approved(self) -> Decimal | None:
        return cast("Decimal | None", self._get("approved"))

    @approved.setter
    def approved(self, value: Decimal | None) -> None:
        self._set("approved", value)

    @property
    def approved_amount(self) -> Decimal | None:
        return cast("Decimal | None", self._get("approved_amount"))

    @approved_amount.setter
    def approved_amount(self, value: Decimal | None) -> None:
        self._set("approved_amount", value)

    @property
    def denied(self) -> Decimal | None:
        return cast("Decimal | None", self._get("denied"))

    @denied.setter
    def denied(self, value: Decimal | None) -> None:
        self._set("denied", value)


class ExpensesSumDict(TypedDict, total=False):
    """:class:`ExpensesSum` as plain data (JSON keys); accepted wherever the model is sent."""

    all: Decimal | float | str
    charged: Decimal | float | str
    uncharged: Decimal | float | str
    pending: Decimal | float | str
    approved: Decimal | float | str
    approved_amount: Decimal | float | str
    denied: Decimal | float | str

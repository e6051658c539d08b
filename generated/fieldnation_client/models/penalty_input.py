from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PenaltyInput(_m.BaseModel):
    """Optional body of `POST /workorders/{work_order_id}/penalties/{penalty_id}`. The penalty itself comes from the
    company definition named by `penalty_id`.

        Example:
            {'charged': True}

        Attributes:
            charged (bool | None): Whether the penalty is deducted from the provider's pay right away.
            amount (Decimal | None): Dollar amount for this work order (guide form).
            reason (str | None): Why the penalty is applied (guide form).
    """

    __slots__ = ()

    def __init__(
        self, *, charged: bool | Unset = UNSET, amount: Decimal | Unset = UNSET, reason: str | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("charged", charged)
        self._set("amount", amount)
        self._set("reason", reason)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "charged": _m.Field(_m.BOOL, False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "reason": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def charged(self) -> bool | None:
        """Whether the penalty is deducted from the provider's pay right away."""
        return cast("bool | None", self._get("charged"))

    @charged.setter
    def charged(self, value: bool | None) -> None:
        self._set("charged", value)

    @property
    def amount(self) -> Decimal | None:
        """Dollar amount for this work order (guide form)."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def reason(self) -> str | None:
        """Why the penalty is applied (guide form)."""
        return cast("str | None", self._get("reason"))

    @reason.setter
    def reason(self, value: str | None) -> None:
        self._set("reason", value)


class PenaltyInputDict(TypedDict, total=False):
    """:class:`PenaltyInput` as plain data (JSON keys); accepted wherever the model is sent."""

    charged: bool
    amount: Decimal | float | str
    reason: str

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class BonusInput(_m.BaseModel):
    """Optional body of `POST /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or
    percentage) comes from the company definition named by `bonus_id`.

        Example:
            {'charged': True}

        Attributes:
            charged (bool | None): Whether the bonus is applied to the provider's pay right away.
            amount (Decimal | None): Dollar amount for this work order (guide form).
            description (str | None): Why the bonus is granted (guide form).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        charged: bool | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("charged", charged)
        self._set("amount", amount)
        self._set("description", description)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "charged": _m.Field(_m.BOOL, False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "description": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def charged(self) -> bool | None:
        """Whether the bonus is applied to the provider's pay right away."""
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
    def description(self) -> str | None:
        """Why the bonus is granted (guide form)."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)


class BonusInputDict(TypedDict, total=False):
    """:class:`BonusInput` as plain data (JSON keys); accepted wherever the model is sent."""

    charged: bool
    amount: Decimal | float | str
    description: str

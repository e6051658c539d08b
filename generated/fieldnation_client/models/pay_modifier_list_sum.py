from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayModifierListSum(_m.BaseModel):
    """Dollar totals of the list.

    Attributes:
        all_ (Decimal | None):
        charged (Decimal | None):
        uncharged (Decimal | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        all_: Decimal | Unset = UNSET,
        charged: Decimal | Unset = UNSET,
        uncharged: Decimal | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("all", all_)
        self._set("charged", charged)
        self._set("uncharged", uncharged)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "all": _m.Field(_m.DECIMAL, False, False),
            "charged": _m.Field(_m.DECIMAL, False, False),
            "uncharged": _m.Field(_m.DECIMAL, False, False),
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


class PayModifierListSumDict(TypedDict, total=False):
    """:class:`PayModifierListSum` as plain data (JSON keys); accepted wherever the model is sent."""

    all: Decimal | float | str
    charged: Decimal | float | str
    uncharged: Decimal | float | str

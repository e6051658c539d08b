from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayRange(_m.BaseModel):
    """Lowest and highest possible labor pay.

    Attributes:
        min_ (Decimal | None):
        max_ (Decimal | None):
    """

    __slots__ = ()

    def __init__(self, *, min_: Decimal | Unset = UNSET, max_: Decimal | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("min", min_)
        self._set("max", max_)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"min": _m.Field(_m.DECIMAL, False, False), "max": _m.Field(_m.DECIMAL, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def min_(self) -> Decimal | None:
        return cast("Decimal | None", self._get("min"))

    @min_.setter
    def min_(self, value: Decimal | None) -> None:
        self._set("min", value)

    @property
    def max_(self) -> Decimal | None:
        return cast("Decimal | None", self._get("max"))

    @max_.setter
    def max_(self, value: Decimal | None) -> None:
        self._set("max", value)


class PayRangeDict(TypedDict, total=False):
    """:class:`PayRange` as plain data (JSON keys); accepted wherever the model is sent."""

    min: Decimal | float | str
    max: Decimal | float | str

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayExpenseSummary(_m.BaseModel):
    """The pay guide's form of `expenses`, dollar sums by status.

    Example:
        {'pending': 25.0, 'approved': 0.0}

    Attributes:
        pending (Decimal | None):
        approved (Decimal | None):
    """

    __slots__ = ()

    def __init__(self, *, pending: Decimal | Unset = UNSET, approved: Decimal | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("pending", pending)
        self._set("approved", approved)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"pending": _m.Field(_m.DECIMAL, False, False), "approved": _m.Field(_m.DECIMAL, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

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


class PayExpenseSummaryDict(TypedDict, total=False):
    """:class:`PayExpenseSummary` as plain data (JSON keys); accepted wherever the model is sent."""

    pending: Decimal | float | str
    approved: Decimal | float | str

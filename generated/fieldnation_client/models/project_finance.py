from __future__ import annotations

from decimal import Decimal
from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProjectFinance(_m.BaseModel):
    """The funding account work orders of the project are paid from.

    Example:
        {'id': 202, 'description': 'Corporate account'}

    Attributes:
        id (int):
        description (str | None):
        balance (Decimal | None):
        terms (str | None):
        limit (Decimal | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        description: str | Unset = UNSET,
        balance: Decimal | Unset = UNSET,
        terms: str | Unset = UNSET,
        limit: Decimal | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("description", description)
        self._set("balance", balance)
        self._set("terms", terms)
        self._set("limit", limit)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "description": _m.Field(_m.STR, False, False),
            "balance": _m.Field(_m.DECIMAL, False, False),
            "terms": _m.Field(_m.STR, False, False),
            "limit": _m.Field(_m.DECIMAL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def balance(self) -> Decimal | None:
        return cast("Decimal | None", self._get("balance"))

    @balance.setter
    def balance(self, value: Decimal | None) -> None:
        self._set("balance", value)

    @property
    def terms(self) -> str | None:
        return cast("str | None", self._get("terms"))

    @terms.setter
    def terms(self, value: str | None) -> None:
        self._set("terms", value)

    @property
    def limit(self) -> Decimal | None:
        return cast("Decimal | None", self._get("limit"))

    @limit.setter
    def limit(self, value: Decimal | None) -> None:
        self._set("limit", value)


class ProjectFinanceDict(TypedDict, total=False):
    """:class:`ProjectFinance` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    description: str
    balance: Decimal | float | str
    terms: str
    limit: Decimal | float | str

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class PayFinance(_m.BaseModel):
    """The company account that funds the work order.

    Example:
        {'id': 77, 'terms': 'Net 30', 'description': 'Default funding account', 'limit': 0, 'invoiced_account': True,
            'locked': False}

    Attributes:
        id (int | None):
        terms (str | None):
        description (str | None):
        limit (Decimal | None):
        invoiced_account (bool | None):
        locked (bool | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        terms: str | Unset = UNSET,
        description: str | Unset = UNSET,
        limit: Decimal | Unset = UNSET,
        invoiced_account: bool | Unset = UNSET,
        locked: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("terms", terms)
        self._set("description", description)
        self._set("limit", limit)
        self._set("invoiced_account", invoiced_account)
        self._set("locked", locked)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "terms": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "limit": _m.Field(_m.DECIMAL, False, False),
            "invoiced_account": _m.Field(_m.BOOL, False, False),
            "locked": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def terms(self) -> str | None:
        return cast("str | None", self._get("terms"))

    @terms.setter
    def terms(self, value: str | None) -> None:
        self._set("terms", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def limit(self) -> Decimal | None:
        return cast("Decimal | None", self._get("limit"))

    @limit.setter
    def limit(self, value: Decimal | None) -> None:
        self._set("limit", value)

    @property
    def invoiced_account(self) -> bool | None:
        return cast("bool | None", self._get("invoiced_account"))

    @invoiced_account.setter
    def invoiced_account(self, value: bool | None) -> None:
        self._set("invoiced_account", value)

    @property
    def locked(self) -> bool | None:
        return cast("bool | None", self._get("locked"))

    @locked.setter
    def locked(self, value: bool | None) -> None:
        self._set("locked", value)


class PayFinanceDict(TypedDict, total=False):
    """:class:`PayFinance` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    terms: str
    description: str
    limit: Decimal | float | str
    invoiced_account: bool
    locked: bool

from __future__ import annotations

from typing import Any, TypeAlias

from .. import _models as _m


class ExpenseInputReceipt(_m.BaseModel):
    """Receipt information (shape not documented)."""

    __slots__ = ()

    def __init__(self) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY


ExpenseInputReceiptDict: TypeAlias = "dict[str, Any]"
"""ExpenseInputReceipt as plain data (its JSON keys cannot all be Python names)."""

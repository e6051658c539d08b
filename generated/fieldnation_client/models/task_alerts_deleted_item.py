from __future__ import annotations

from typing import Any, TypeAlias

from .. import _models as _m


class TaskAlertsDeletedItem(_m.BaseModel):
    """None; the array is always empty."""

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


TaskAlertsDeletedItemDict: TypeAlias = "dict[str, Any]"
"""TaskAlertsDeletedItem as plain data (its JSON keys cannot all be Python names)."""

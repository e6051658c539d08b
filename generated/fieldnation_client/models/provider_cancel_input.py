from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProviderCancelInput(_m.BaseModel):
    """Optional body of `POST /workorders/{work_order_id}/provider/cancel`: why the assigned provider is removed.

    Example:
        {'reason': 'Vehicle breakdown', 'reason_id': 5, 'note': 'Cannot make it to site today'}

    Attributes:
        reason (Any):
        reason_id (int | None): ID of a cancellation reason of the company.
        note (Any):
    """

    __slots__ = ()

    def __init__(self, *, reason: Any = UNSET, reason_id: int | Unset = UNSET, note: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("reason", reason)
        self._set("reason_id", reason_id)
        self._set("note", note)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "reason": _m.Field(_m.ANY, False, False),
            "reason_id": _m.Field(_m.INT, False, False),
            "note": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def reason(self) -> Any:
        return self._get("reason")

    @reason.setter
    def reason(self, value: Any) -> None:
        self._set("reason", value)

    @property
    def reason_id(self) -> int | None:
        """ID of a cancellation reason of the company."""
        return cast("int | None", self._get("reason_id"))

    @reason_id.setter
    def reason_id(self, value: int | None) -> None:
        self._set("reason_id", value)

    @property
    def note(self) -> Any:
        return self._get("note")

    @note.setter
    def note(self, value: Any) -> None:
        self._set("note", value)

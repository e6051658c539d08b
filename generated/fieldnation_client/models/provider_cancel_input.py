from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProviderCancelInput(_m.BaseModel):
    """Optional body of `POST /workorders/{work_order_id}/provider/cancel`: why the assigned provider is removed.

    Example:
        {'reason': 'Vehicle breakdown', 'reason_id': 5, 'note': 'Cannot make it to site today'}

    Attributes:
        reason (str | None):
        reason_id (int | None): ID of a cancellation reason of the company.
        note (str | None):
    """

    __slots__ = ()

    def __init__(
        self, *, reason: str | Unset = UNSET, reason_id: int | Unset = UNSET, note: str | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("reason", reason)
        self._set("reason_id", reason_id)
        self._set("note", note)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "reason": _m.Field(_m.STR, False, False),
            "reason_id": _m.Field(_m.INT, False, False),
            "note": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def reason(self) -> str | None:
        return cast("str | None", self._get("reason"))

    @reason.setter
    def reason(self, value: str | None) -> None:
        self._set("reason", value)

    @property
    def reason_id(self) -> int | None:
        """ID of a cancellation reason of the company."""
        return cast("int | None", self._get("reason_id"))

    @reason_id.setter
    def reason_id(self, value: int | None) -> None:
        self._set("reason_id", value)

    @property
    def note(self) -> str | None:
        return cast("str | None", self._get("note"))

    @note.setter
    def note(self, value: str | None) -> None:
        self._set("note", value)


class ProviderCancelInputDict(TypedDict, total=False):
    """:class:`ProviderCancelInput` as plain data (JSON keys); accepted wherever the model is sent."""

    reason: str
    reason_id: int
    note: str

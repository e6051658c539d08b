from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderCancel(_m.BaseModel):
    """Why a work order is being cancelled, and optional messages to support and to the assigned provider.

    Example:
        {'cancel_reason': 58, 'notes': 'Store closed permanently; duplicate of 1002.', 'message_to_provider': 'Sorry,
            the customer cancelled this visit.', 'cancel_request_not_charge': False, 'apply_passive_cancellation_fee':
            False}

    Attributes:
        cancel_reason (int | str | None): Cancellation reason id (or, as some clients send, its text).
        notes (str | None): Message to Field Nation support.
        message_to_provider (str | None): Message to the assigned provider, if any.
        cancel_request_not_charge (bool | None): Ask that no cancellation fee be charged.
        apply_passive_cancellation_fee (bool | None): Apply the passive cancellation fee to the provider's pay.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        cancel_reason: int | str | Unset = UNSET,
        notes: str | Unset = UNSET,
        message_to_provider: str | Unset = UNSET,
        cancel_request_not_charge: bool | Unset = UNSET,
        apply_passive_cancellation_fee: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("cancel_reason", cancel_reason)
        self._set("notes", notes)
        self._set("message_to_provider", message_to_provider)
        self._set("cancel_request_not_charge", cancel_request_not_charge)
        self._set("apply_passive_cancellation_fee", apply_passive_cancellation_fee)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "cancel_reason": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
            "notes": _m.Field(_m.STR, False, False),
            "message_to_provider": _m.Field(_m.STR, False, False),
            "cancel_request_not_charge": _m.Field(_m.BOOL, False, False),
            "apply_passive_cancellation_fee": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def cancel_reason(self) -> int | str | None:
        """Cancellation reason id (or, as some clients send, its text)."""
        return cast("int | str | None", self._get("cancel_reason"))

    @cancel_reason.setter
    def cancel_reason(self, value: int | str | None) -> None:
        self._set("cancel_reason", value)

    @property
    def notes(self) -> str | None:
        """Message to Field Nation support."""
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def message_to_provider(self) -> str | None:
        """Message to the assigned provider, if any."""
        return cast("str | None", self._get("message_to_provider"))

    @message_to_provider.setter
    def message_to_provider(self, value: str | None) -> None:
        self._set("message_to_provider", value)

    @property
    def cancel_request_not_charge(self) -> bool | None:
        """Ask that no cancellation fee be charged."""
        return cast("bool | None", self._get("cancel_request_not_charge"))

    @cancel_request_not_charge.setter
    def cancel_request_not_charge(self, value: bool | None) -> None:
        self._set("cancel_request_not_charge", value)

    @property
    def apply_passive_cancellation_fee(self) -> bool | None:
        """Apply the passive cancellation fee to the provider's pay."""
        return cast("bool | None", self._get("apply_passive_cancellation_fee"))

    @apply_passive_cancellation_fee.setter
    def apply_passive_cancellation_fee(self, value: bool | None) -> None:
        self._set("apply_passive_cancellation_fee", value)


class WorkOrderCancelDict(TypedDict, total=False):
    """:class:`WorkOrderCancel` as plain data (JSON keys); accepted wherever the model is sent."""

    cancel_reason: int | str
    notes: str
    message_to_provider: str
    cancel_request_not_charge: bool
    apply_passive_cancellation_fee: bool

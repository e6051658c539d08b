from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class BundleValidationParams(_m.BaseModel):
    """The optional request fields, echoed back.

    Attributes:
        cancel_message (Any):
        cancel_reason (Any):
    """

    __slots__ = ()

    def __init__(self, *, cancel_message: Any = UNSET, cancel_reason: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("cancel_message", cancel_message)
        self._set("cancel_reason", cancel_reason)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "cancel_message": _m.Field(_m.ANY, False, False),
            "cancel_reason": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def cancel_message(self) -> Any:
        return self._get("cancel_message")

    @cancel_message.setter
    def cancel_message(self, value: Any) -> None:
        self._set("cancel_message", value)

    @property
    def cancel_reason(self) -> Any:
        return self._get("cancel_reason")

    @cancel_reason.setter
    def cancel_reason(self, value: Any) -> None:
        self._set("cancel_reason", value)

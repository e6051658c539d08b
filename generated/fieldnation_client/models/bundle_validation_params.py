from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class BundleValidationParams(_m.BaseModel):
    """The optional request fields, echoed back.

    Attributes:
        cancel_message (str | None):
        cancel_reason (str | None):
    """

    __slots__ = ()

    def __init__(self, *, cancel_message: str | Unset = UNSET, cancel_reason: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("cancel_message", cancel_message)
        self._set("cancel_reason", cancel_reason)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "cancel_message": _m.Field(_m.STR, False, False),
            "cancel_reason": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def cancel_message(self) -> str | None:
        return cast("str | None", self._get("cancel_message"))

    @cancel_message.setter
    def cancel_message(self, value: str | None) -> None:
        self._set("cancel_message", value)

    @property
    def cancel_reason(self) -> str | None:
        return cast("str | None", self._get("cancel_reason"))

    @cancel_reason.setter
    def cancel_reason(self, value: str | None) -> None:
        self._set("cancel_reason", value)


class BundleValidationParamsDict(TypedDict, total=False):
    """:class:`BundleValidationParams` as plain data (JSON keys); accepted wherever the model is sent."""

    cancel_message: str
    cancel_reason: str

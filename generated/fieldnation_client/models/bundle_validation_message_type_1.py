from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class BundleValidationMessageType1(_m.BaseModel):
    """
    Attributes:
        work_order_id (int | None):
        code (str | None):
        message (str | None):
    """

    __slots__ = ()

    def __init__(
        self, *, work_order_id: int | Unset = UNSET, code: str | Unset = UNSET, message: str | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_id", work_order_id)
        self._set("code", code)
        self._set("message", message)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "work_order_id": _m.Field(_m.INT, False, False),
            "code": _m.Field(_m.STR, False, False),
            "message": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_order_id(self) -> int | None:
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def code(self) -> str | None:
        return cast("str | None", self._get("code"))

    @code.setter
    def code(self, value: str | None) -> None:
        self._set("code", value)

    @property
    def message(self) -> str | None:
        return cast("str | None", self._get("message"))

    @message.setter
    def message(self, value: str | None) -> None:
        self._set("message", value)


class BundleValidationMessageType1Dict(TypedDict, total=False):
    """:class:`BundleValidationMessageType1` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_id: int
    code: str
    message: str

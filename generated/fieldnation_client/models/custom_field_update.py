from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class CustomFieldUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/custom_fields/{custom_field_id}`.

    Example:
        {'value': '5522'}

    Attributes:
        value (str | None): New value; for `predefined` fields one of the field's `options`.
    """

    __slots__ = ()

    def __init__(self, *, value: str | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"value": _m.Field(_m.STR, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def value(self) -> str | None:
        """New value; for `predefined` fields one of the field's `options`."""
        return cast("str | None", self._get("value"))

    @value.setter
    def value(self, value: str | None) -> None:
        self._set("value", value)


class CustomFieldUpdateDict(TypedDict, total=False):
    """:class:`CustomFieldUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    value: str

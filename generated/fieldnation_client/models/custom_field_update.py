from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class CustomFieldUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/custom_fields/{custom_field_id}`.

    Example:
        {'value': '5522'}

    Attributes:
        value (Any): New value; for `predefined` fields one of the field's `options`.
    """

    __slots__ = ()

    def __init__(self, *, value: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"value": _m.Field(_m.ANY, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def value(self) -> Any:
        """New value; for `predefined` fields one of the field's `options`."""
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

from __future__ import annotations

from typing import Any

from .. import _models as _m


class WorkOrderCustomFieldValueInput(_m.BaseModel):
    """A value for one of the company's custom fields.

    Attributes:
        id (Any): Custom field id (see `GET /custom-fields`).
        value (Any): The value, checked against the field's type and options.
    """

    __slots__ = ()

    def __init__(self, *, id: Any, value: Any) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Union((_m.INT, _m.ANY)), True, False),
            "value": _m.Field(_m.ANY, True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> Any:
        """Custom field id (see `GET /custom-fields`)."""
        return self._get("id")

    @id.setter
    def id(self, value: Any) -> None:
        self._set("id", value)

    @property
    def value(self) -> Any:
        """The value, checked against the field's type and options."""
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

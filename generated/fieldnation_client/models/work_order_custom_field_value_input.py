from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class WorkOrderCustomFieldValueInput(_m.BaseModel):
    """A value for one of the company's custom fields.

    Attributes:
        id (int | str): Custom field id (see `GET /custom-fields`).
        value (str): The value, checked against the field's type and options.
    """

    __slots__ = ()

    def __init__(self, *, id: int | str, value: str) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.Union((_m.INT, _m.STR)), True, False),
            "value": _m.Field(_m.STR, True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | str:
        """Custom field id (see `GET /custom-fields`)."""
        return cast("int | str", self._get("id"))

    @id.setter
    def id(self, value: int | str) -> None:
        self._set("id", value)

    @property
    def value(self) -> str:
        """The value, checked against the field's type and options."""
        return cast("str", self._get("value"))

    @value.setter
    def value(self, value: str) -> None:
        self._set("value", value)


class WorkOrderCustomFieldValueInputDict(TypedDict, total=False):
    """:class:`WorkOrderCustomFieldValueInput` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int | str]
    value: Required[str]

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class QualificationRuleInput(_m.BaseModel):
    """One requirement sent in a selection rule.

    Example:
        {'id': 45, 'required': True}

    Attributes:
        id (int): ID of the qualification to require.
        required (bool | None):
        operation (str | None):
        value (str | float | bool | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        required: bool | Unset = True,
        operation: str | Unset = UNSET,
        value: str | float | bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("required", required)
        self._set("operation", operation)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "required": _m.Field(_m.BOOL, False, False),
            "operation": _m.Field(_m.STR, False, False),
            "value": _m.Field(_m.Union((_m.STR, _m.FLOAT, _m.BOOL)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """ID of the qualification to require."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def required(self) -> bool | None:
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def operation(self) -> str | None:
        return cast("str | None", self._get("operation"))

    @operation.setter
    def operation(self, value: str | None) -> None:
        self._set("operation", value)

    @property
    def value(self) -> str | float | bool | None:
        return cast("str | float | bool | None", self._get("value"))

    @value.setter
    def value(self, value: str | float | bool | None) -> None:
        self._set("value", value)


class QualificationRuleInputDict(TypedDict, total=False):
    """:class:`QualificationRuleInput` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    required: bool
    operation: str
    value: str | float | bool

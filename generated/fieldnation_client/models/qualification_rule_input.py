from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class QualificationRuleInput(_m.BaseModel):
    """One requirement sent in a selection rule.

    Example:
        {'id': 45, 'required': True}

    Attributes:
        id (int): ID of the qualification to require.
        required (bool | None):
        operation (Any):
        value (Any):
    """

    __slots__ = ()

    def __init__(
        self, *, id: int, required: bool | Unset = True, operation: Any = UNSET, value: Any = UNSET
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
            "operation": _m.Field(_m.ANY, False, False),
            "value": _m.Field(_m.Union((_m.ANY, _m.FLOAT, _m.BOOL)), False, False),
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
    def operation(self) -> Any:
        return self._get("operation")

    @operation.setter
    def operation(self, value: Any) -> None:
        self._set("operation", value)

    @property
    def value(self) -> Any:
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

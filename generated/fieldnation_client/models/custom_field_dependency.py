from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..models.custom_field_dependency_operator import CustomFieldDependencyOperator
from ..types import UNSET, Unset


class CustomFieldDependency(_m.BaseModel):
    """Show the field only when another (parent) field's value satisfies the condition.

    Example:
        {'id': 139, 'operator': 'equals', 'value': 'Yes'}

    Attributes:
        id (int | None): Parent custom field id.
        operator (CustomFieldDependencyOperator | None):
        value (str | None): Value the parent field is compared with.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        operator: CustomFieldDependencyOperator | Unset = UNSET,
        value: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("operator", operator)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "operator": _m.Field(_m.Enum(CustomFieldDependencyOperator), False, False),
            "value": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Parent custom field id."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def operator(self) -> CustomFieldDependencyOperator | None:
        return cast("CustomFieldDependencyOperator | None", self._get("operator"))

    @operator.setter
    def operator(self, value: CustomFieldDependencyOperator | None) -> None:
        self._set("operator", value)

    @property
    def value(self) -> str | None:
        """Value the parent field is compared with."""
        return cast("str | None", self._get("value"))

    @value.setter
    def value(self, value: str | None) -> None:
        self._set("value", value)


class CustomFieldDependencyDict(TypedDict, total=False):
    """:class:`CustomFieldDependency` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    operator: CustomFieldDependencyOperator | str
    value: str

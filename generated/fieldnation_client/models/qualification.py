from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class Qualification(_m.BaseModel):
    """One requirement of the work order's selection rule (a certification, screening, insurance, tool, rating
    threshold...). The narrative guide lists items as `{id, name, required, type}`; the selection-rule form adds the
    comparison (`operation`, `value`) and how the provider pool matches it.

        Example:
            {'id': 45, 'name': 'CompTIA A+', 'type': 'certification', 'required': True}

        Attributes:
            id (int): ID of the qualification (certification, screening, ...) being required.
            name (Any):
            type_ (Any): Kind of requirement; the guide documents `certification`, `screening`, `insurance` and `tool`.
            required (bool | None): True when providers must have it; false when it only improves their match score.
            operation (Any): Comparison applied to `value` (e.g. `>=` for a rating).
            value (Any): Threshold or expected value of the requirement, when it has one.
            description (Any):
            match (bool | None): Whether the provider being evaluated meets this requirement (provider-scoped views).
            actions (list[Any] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: Any = UNSET,
        type_: Any = UNSET,
        required: bool | Unset = UNSET,
        operation: Any = UNSET,
        value: Any = UNSET,
        description: Any = UNSET,
        match: bool | Unset = UNSET,
        actions: list[Any] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("type", type_)
        self._set("required", required)
        self._set("operation", operation)
        self._set("value", value)
        self._set("description", description)
        self._set("match", match)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.ANY, False, False),
            "type": _m.Field(_m.ANY, False, False),
            "required": _m.Field(_m.BOOL, False, False),
            "operation": _m.Field(_m.ANY, False, False),
            "value": _m.Field(_m.Union((_m.ANY, _m.FLOAT, _m.BOOL)), False, False),
            "description": _m.Field(_m.ANY, False, False),
            "match": _m.Field(_m.BOOL, False, False),
            "actions": _m.Field(_m.List(_m.ANY), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        """ID of the qualification (certification, screening, ...) being required."""
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def type_(self) -> Any:
        """Kind of requirement; the guide documents `certification`, `screening`, `insurance` and `tool`."""
        return self._get("type")

    @type_.setter
    def type_(self, value: Any) -> None:
        self._set("type", value)

    @property
    def required(self) -> bool | None:
        """True when providers must have it; false when it only improves their match score."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def operation(self) -> Any:
        """Comparison applied to `value` (e.g. `>=` for a rating)."""
        return self._get("operation")

    @operation.setter
    def operation(self, value: Any) -> None:
        self._set("operation", value)

    @property
    def value(self) -> Any:
        """Threshold or expected value of the requirement, when it has one."""
        return self._get("value")

    @value.setter
    def value(self, value: Any) -> None:
        self._set("value", value)

    @property
    def description(self) -> Any:
        return self._get("description")

    @description.setter
    def description(self, value: Any) -> None:
        self._set("description", value)

    @property
    def match(self) -> bool | None:
        """Whether the provider being evaluated meets this requirement (provider-scoped views)."""
        return cast("bool | None", self._get("match"))

    @match.setter
    def match(self, value: bool | None) -> None:
        self._set("match", value)

    @property
    def actions(self) -> list[Any] | None:
        return cast("list[Any] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[Any] | None) -> None:
        self._set("actions", value)

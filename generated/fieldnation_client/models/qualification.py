from __future__ import annotations

from typing import Required, TypedDict, cast

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
            name (str | None):
            type_ (str | None): Kind of requirement; the guide documents `certification`, `screening`, `insurance` and
                `tool`.
            required (bool | None): True when providers must have it; false when it only improves their match score.
            operation (str | None): Comparison applied to `value` (e.g. `>=` for a rating).
            value (str | float | bool | None): Threshold or expected value of the requirement, when it has one.
            description (str | None):
            match (bool | None): Whether the provider being evaluated meets this requirement (provider-scoped views).
            actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        required: bool | Unset = UNSET,
        operation: str | Unset = UNSET,
        value: str | float | bool | Unset = UNSET,
        description: str | Unset = UNSET,
        match: bool | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
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
            "name": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.STR, False, False),
            "required": _m.Field(_m.BOOL, False, False),
            "operation": _m.Field(_m.STR, False, False),
            "value": _m.Field(_m.Union((_m.STR, _m.FLOAT, _m.BOOL)), False, False),
            "description": _m.Field(_m.STR, False, False),
            "match": _m.Field(_m.BOOL, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
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
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def type_(self) -> str | None:
        """Kind of requirement; the guide documents `certification`, `screening`, `insurance` and `tool`."""
        return cast("str | None", self._get("type"))

    @type_.setter
    def type_(self, value: str | None) -> None:
        self._set("type", value)

    @property
    def required(self) -> bool | None:
        """True when providers must have it; false when it only improves their match score."""
        return cast("bool | None", self._get("required"))

    @required.setter
    def required(self, value: bool | None) -> None:
        self._set("required", value)

    @property
    def operation(self) -> str | None:
        """Comparison applied to `value` (e.g. `>=` for a rating)."""
        return cast("str | None", self._get("operation"))

    @operation.setter
    def operation(self, value: str | None) -> None:
        self._set("operation", value)

    @property
    def value(self) -> str | float | bool | None:
        """Threshold or expected value of the requirement, when it has one."""
        return cast("str | float | bool | None", self._get("value"))

    @value.setter
    def value(self, value: str | float | bool | None) -> None:
        self._set("value", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def match(self) -> bool | None:
        """Whether the provider being evaluated meets this requirement (provider-scoped views)."""
        return cast("bool | None", self._get("match"))

    @match.setter
    def match(self, value: bool | None) -> None:
        self._set("match", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class QualificationDict(TypedDict, total=False):
    """:class:`Qualification` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: str
    type: str
    required: bool
    operation: str
    value: str | float | bool
    description: str
    match: bool
    actions: list[str]

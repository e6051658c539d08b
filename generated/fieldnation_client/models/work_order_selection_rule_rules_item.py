from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.work_order_selection_rule_rules_item_operator import WorkOrderSelectionRuleRulesItemOperator


class WorkOrderSelectionRuleRulesItem(_m.BaseModel):
    """
    Attributes:
        name (str): What the rule looks at, for example `rating`.
        operator (WorkOrderSelectionRuleRulesItemOperator):
        value (float | str): The value to compare with.
    """

    __slots__ = ()

    def __init__(
        self, *, name: str, operator: WorkOrderSelectionRuleRulesItemOperator, value: float | str
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("operator", operator)
        self._set("value", value)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "name": _m.Field(_m.STR, True, False),
            "operator": _m.Field(_m.Enum(WorkOrderSelectionRuleRulesItemOperator), True, False),
            "value": _m.Field(_m.Union((_m.FLOAT, _m.STR)), True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        """What the rule looks at, for example `rating`."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def operator(self) -> WorkOrderSelectionRuleRulesItemOperator:
        return cast("WorkOrderSelectionRuleRulesItemOperator", self._get("operator"))

    @operator.setter
    def operator(self, value: WorkOrderSelectionRuleRulesItemOperator) -> None:
        self._set("operator", value)

    @property
    def value(self) -> float | str:
        """The value to compare with."""
        return cast("float | str", self._get("value"))

    @value.setter
    def value(self, value: float | str) -> None:
        self._set("value", value)


class WorkOrderSelectionRuleRulesItemDict(TypedDict, total=False):
    """:class:`WorkOrderSelectionRuleRulesItem` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    operator: Required[WorkOrderSelectionRuleRulesItemOperator | str]
    value: Required[float | str]

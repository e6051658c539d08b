from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.work_order_selection_rule_rules_item import (
        WorkOrderSelectionRuleRulesItem,
        WorkOrderSelectionRuleRulesItemDict,
    )


class WorkOrderSelectionRule(_m.BaseModel):
    """Rules the providers must meet to receive the route ("When routing, you can apply Selection Rules to filter
    providers", lifecycle guide).

        Example:
            {'rules': [{'name': 'rating', 'operator': '>=', 'value': 4.5}]}

        Attributes:
            rules (list[WorkOrderSelectionRuleRulesItem]):
    """

    __slots__ = ()

    def __init__(self, *, rules: list[WorkOrderSelectionRuleRulesItem]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("rules", rules)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.work_order_selection_rule_rules_item import WorkOrderSelectionRuleRulesItem  # noqa: PLC0415

        return {"rules": _m.Field(_m.List(_m.Model(WorkOrderSelectionRuleRulesItem)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def rules(self) -> list[WorkOrderSelectionRuleRulesItem]:
        return cast("list[WorkOrderSelectionRuleRulesItem]", self._get("rules"))

    @rules.setter
    def rules(self, value: list[WorkOrderSelectionRuleRulesItem]) -> None:
        self._set("rules", value)


class WorkOrderSelectionRuleDict(TypedDict, total=False):
    """:class:`WorkOrderSelectionRule` as plain data (JSON keys); accepted wherever the model is sent."""

    rules: Required[list[WorkOrderSelectionRuleRulesItem | WorkOrderSelectionRuleRulesItemDict]]

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.work_order_selection_rule_rules_item import WorkOrderSelectionRuleRulesItem


T = TypeVar("T", bound="WorkOrderSelectionRule")


@_attrs_define
class WorkOrderSelectionRule:
    """Rules the providers must meet to receive the route ("When routing, you can apply Selection Rules to filter
    providers", lifecycle guide).

        Example:
            {'rules': [{'name': 'rating', 'operator': '>=', 'value': 4.5}]}

        Attributes:
            rules (list[WorkOrderSelectionRuleRulesItem]):
    """

    rules: list[WorkOrderSelectionRuleRulesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"rules": rules})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_order_selection_rule_rules_item import WorkOrderSelectionRuleRulesItem  # noqa: PLC0415

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = WorkOrderSelectionRuleRulesItem.from_dict(rules_item_data)

            rules.append(rules_item)

        work_order_selection_rule = cls(rules=rules)

        work_order_selection_rule.additional_properties = d
        return work_order_selection_rule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

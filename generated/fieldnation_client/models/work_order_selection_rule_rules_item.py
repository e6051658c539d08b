from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_selection_rule_rules_item_operator import WorkOrderSelectionRuleRulesItemOperator

T = TypeVar("T", bound="WorkOrderSelectionRuleRulesItem")


@_attrs_define
class WorkOrderSelectionRuleRulesItem:
    """
    Attributes:
        name (str): What the rule looks at, for example `rating`.
        operator (WorkOrderSelectionRuleRulesItemOperator):
        value (float | str): The value to compare with.
    """

    name: str
    operator: WorkOrderSelectionRuleRulesItemOperator
    value: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        operator = self.operator.value

        value: float | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name, "operator": operator, "value": value})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        operator = WorkOrderSelectionRuleRulesItemOperator(d.pop("operator"))

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        work_order_selection_rule_rules_item = cls(name=name, operator=operator, value=value)

        work_order_selection_rule_rules_item.additional_properties = d
        return work_order_selection_rule_rules_item

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

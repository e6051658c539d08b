from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_modifier_definition_actions_item import PayModifierDefinitionActionsItem
from ..models.pay_modifier_definition_calculation import PayModifierDefinitionCalculation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayModifierDefinition")


@_attrs_define
class PayModifierDefinition:
    """A bonus or penalty the company has defined and may apply to work orders: a fixed dollar amount or a percentage of
    pay.

        Example:
            {'id': 3, 'name': 'Urgent dispatch', 'description': 'Same-day work ordered before noon.', 'calculation':
                'fixed', 'modifier': 25, 'amount': 25}

        Attributes:
            id (int):
            name (str):
            description (str | Unset):
            calculation (PayModifierDefinitionCalculation | Unset): Whether `modifier` is a dollar amount or a percentage.
            modifier (float | Unset): Dollar amount or percentage, depending on `calculation`.
            amount (float | Unset): Dollar value; for percentages, computed from the pay.
            charged (bool | Unset):
            hours24_applicable (bool | Unset):
            actions (list[PayModifierDefinitionActionsItem] | Unset):
    """

    id: int
    name: str
    description: str | Unset = UNSET
    calculation: PayModifierDefinitionCalculation | Unset = UNSET
    modifier: float | Unset = UNSET
    amount: float | Unset = UNSET
    charged: bool | Unset = UNSET
    hours24_applicable: bool | Unset = UNSET
    actions: list[PayModifierDefinitionActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        calculation: str | Unset = UNSET
        if not isinstance(self.calculation, Unset):
            calculation = self.calculation.value

        modifier = self.modifier

        amount = self.amount

        charged = self.charged

        hours24_applicable = self.hours24_applicable

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if description is not UNSET:
            field_dict["description"] = description
        if calculation is not UNSET:
            field_dict["calculation"] = calculation
        if modifier is not UNSET:
            field_dict["modifier"] = modifier
        if amount is not UNSET:
            field_dict["amount"] = amount
        if charged is not UNSET:
            field_dict["charged"] = charged
        if hours24_applicable is not UNSET:
            field_dict["hours24_applicable"] = hours24_applicable
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _calculation = d.pop("calculation", UNSET)
        calculation: PayModifierDefinitionCalculation | Unset
        if isinstance(_calculation, Unset):
            calculation = UNSET
        else:
            calculation = PayModifierDefinitionCalculation(_calculation)

        modifier = d.pop("modifier", UNSET)

        amount = d.pop("amount", UNSET)

        charged = d.pop("charged", UNSET)

        hours24_applicable = d.pop("hours24_applicable", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[PayModifierDefinitionActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PayModifierDefinitionActionsItem(actions_item_data)

                actions.append(actions_item)

        pay_modifier_definition = cls(
            id=id,
            name=name,
            description=description,
            calculation=calculation,
            modifier=modifier,
            amount=amount,
            charged=charged,
            hours24_applicable=hours24_applicable,
            actions=actions,
        )

        pay_modifier_definition.additional_properties = d
        return pay_modifier_definition

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

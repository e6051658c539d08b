from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_modifier_actions_item import PayModifierActionsItem
from ..models.pay_modifier_calculation import PayModifierCalculation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayModifier")


@_attrs_define
class PayModifier:
    """One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or the hold. `modifier` is the
    configured value (dollars, or a percentage when `calculation` is `percent`); `amount` is the resulting dollar value.

        Example:
            {'id': 12, 'name': 'Weekend work', 'description': 'Paid when the visit falls on a Saturday or Sunday.',
                'calculation': 'fixed', 'modifier': 25, 'amount': 25, 'charged': True, 'hours24_applicable': False, 'actions':
                ['delete']}

        Attributes:
            id (int | Unset): Id of the bonus/penalty definition or of the fee; 0 for a built-in fee not yet charged.
            name (str | Unset):
            description (str | Unset):
            calculation (PayModifierCalculation | Unset):
            modifier (float | Unset): Dollar amount or percentage, depending on `calculation`.
            amount (float | Unset): Resulting dollar amount.
            charged (bool | Unset): Whether the line is applied to the pay.
            queued (bool | Unset):
            hours24_applicable (bool | Unset): Whether the line applies only within 24 hours of the service window.
            actions (list[PayModifierActionsItem] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    calculation: PayModifierCalculation | Unset = UNSET
    modifier: float | Unset = UNSET
    amount: float | Unset = UNSET
    charged: bool | Unset = UNSET
    queued: bool | Unset = UNSET
    hours24_applicable: bool | Unset = UNSET
    actions: list[PayModifierActionsItem] | Unset = UNSET
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

        queued = self.queued

        hours24_applicable = self.hours24_applicable

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
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
        if queued is not UNSET:
            field_dict["queued"] = queued
        if hours24_applicable is not UNSET:
            field_dict["hours24_applicable"] = hours24_applicable
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _calculation = d.pop("calculation", UNSET)
        calculation: PayModifierCalculation | Unset
        if isinstance(_calculation, Unset):
            calculation = UNSET
        else:
            calculation = PayModifierCalculation(_calculation)

        modifier = d.pop("modifier", UNSET)

        amount = d.pop("amount", UNSET)

        charged = d.pop("charged", UNSET)

        queued = d.pop("queued", UNSET)

        hours24_applicable = d.pop("hours24_applicable", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[PayModifierActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PayModifierActionsItem(actions_item_data)

                actions.append(actions_item)

        pay_modifier = cls(
            id=id,
            name=name,
            description=description,
            calculation=calculation,
            modifier=modifier,
            amount=amount,
            charged=charged,
            queued=queued,
            hours24_applicable=hours24_applicable,
            actions=actions,
        )

        pay_modifier.additional_properties = d
        return pay_modifier

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

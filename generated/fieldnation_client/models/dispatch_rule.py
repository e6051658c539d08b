from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_rule_criteria import DispatchRuleCriteria


T = TypeVar("T", bound="DispatchRule")


@_attrs_define
class DispatchRule:
    """One step of the smart dispatch guide's rule list, tried in `order`.

    Example:
        {'order': 1, 'type': 'talent_pool', 'target_id': 99, 'wait_time': 4}

    Attributes:
        type_ (str): What the rule dispatches to (`preferred_group`, `talent_pool`, `marketplace` in the guide).
        order (int | Unset): Position of the rule (1 first).
        target_id (int | Unset): The group or talent pool the rule dispatches to.
        delay_hours (float | Unset): Hours to wait before this rule applies (guide's read example).
        wait_time (float | Unset): Time to wait before the next rule (guide's write example; the unit is not stated).
        criteria (DispatchRuleCriteria | Unset): Provider criteria of a marketplace rule, such as `{"rating": 4.5}`.
    """

    type_: str
    order: int | Unset = UNSET
    target_id: int | Unset = UNSET
    delay_hours: float | Unset = UNSET
    wait_time: float | Unset = UNSET
    criteria: DispatchRuleCriteria | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        order = self.order

        target_id = self.target_id

        delay_hours = self.delay_hours

        wait_time = self.wait_time

        criteria: dict[str, Any] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"type": type_})
        if order is not UNSET:
            field_dict["order"] = order
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if delay_hours is not UNSET:
            field_dict["delay_hours"] = delay_hours
        if wait_time is not UNSET:
            field_dict["wait_time"] = wait_time
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispatch_rule_criteria import DispatchRuleCriteria  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        order = d.pop("order", UNSET)

        target_id = d.pop("target_id", UNSET)

        delay_hours = d.pop("delay_hours", UNSET)

        wait_time = d.pop("wait_time", UNSET)

        _criteria = d.pop("criteria", UNSET)
        criteria: DispatchRuleCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        else:
            criteria = DispatchRuleCriteria.from_dict(_criteria)

        dispatch_rule = cls(
            type_=type_,
            order=order,
            target_id=target_id,
            delay_hours=delay_hours,
            wait_time=wait_time,
            criteria=criteria,
        )

        dispatch_rule.additional_properties = d
        return dispatch_rule

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

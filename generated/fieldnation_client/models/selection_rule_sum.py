from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectionRuleSum")


@_attrs_define
class SelectionRuleSum:
    """How many providers in the pool meet the rule.

    Example:
        {'total': 12, 'match': 7, 'no_match_optional': 3, 'no_match_required': 2}

    Attributes:
        total (int | Unset):
        match (int | Unset):
        no_match_optional (int | Unset): Providers missing only optional requirements.
        no_match_required (int | Unset): Providers missing at least one required requirement.
    """

    total: int | Unset = UNSET
    match: int | Unset = UNSET
    no_match_optional: int | Unset = UNSET
    no_match_required: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        match = self.match

        no_match_optional = self.no_match_optional

        no_match_required = self.no_match_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if match is not UNSET:
            field_dict["match"] = match
        if no_match_optional is not UNSET:
            field_dict["no_match_optional"] = no_match_optional
        if no_match_required is not UNSET:
            field_dict["no_match_required"] = no_match_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        match = d.pop("match", UNSET)

        no_match_optional = d.pop("no_match_optional", UNSET)

        no_match_required = d.pop("no_match_required", UNSET)

        selection_rule_sum = cls(
            total=total, match=match, no_match_optional=no_match_optional, no_match_required=no_match_required
        )

        selection_rule_sum.additional_properties = d
        return selection_rule_sum

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

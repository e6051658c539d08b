from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemListSum")


@_attrs_define
class ProblemListSum:
    """Counts of problems. The playground shows `active` and `resolved`; the Android client's model has `resolved` and
    `unresolved`.

        Attributes:
            active (int | Unset):
            resolved (int | Unset):
            unresolved (int | Unset):
    """

    active: int | Unset = UNSET
    resolved: int | Unset = UNSET
    unresolved: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        resolved = self.resolved

        unresolved = self.unresolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if unresolved is not UNSET:
            field_dict["unresolved"] = unresolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        resolved = d.pop("resolved", UNSET)

        unresolved = d.pop("unresolved", UNSET)

        problem_list_sum = cls(active=active, resolved=resolved, unresolved=unresolved)

        problem_list_sum.additional_properties = d
        return problem_list_sum

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

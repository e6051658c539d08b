from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qualification_rule_input import QualificationRuleInput


T = TypeVar("T", bound="SelectionRuleInput")


@_attrs_define
class SelectionRuleInput:
    """The selection rule to store on the work order.

    Example:
        {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}

    Attributes:
        id (int | Unset): Reuse a saved company selection rule by its ID.
        name (str | Unset):
        results (list[QualificationRuleInput] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    results: list[QualificationRuleInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qualification_rule_input import QualificationRuleInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _results = d.pop("results", UNSET)
        results: list[QualificationRuleInput] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = QualificationRuleInput.from_dict(results_item_data)

                results.append(results_item)

        selection_rule_input = cls(id=id, name=name, results=results)

        selection_rule_input.additional_properties = d
        return selection_rule_input

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

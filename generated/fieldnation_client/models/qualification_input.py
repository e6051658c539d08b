from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.selection_rule_input import SelectionRuleInput


T = TypeVar("T", bound="QualificationInput")


@_attrs_define
class QualificationInput:
    """Qualifications to set on a work order. The playground sends a whole selection rule (`selection_rule`); the narrative
    guide adds a single requirement with `qualification_id` + `required`. Either form is accepted.

        Example:
            {'selection_rule': {'name': 'Cert Required', 'results': [{'id': 45, 'required': True}]}}

        Attributes:
            selection_rule (SelectionRuleInput | Unset): The selection rule to store on the work order. Example: {'name':
                'Cert Required', 'results': [{'id': 45, 'required': True}]}.
            ignored_missing_qualifications (bool | Unset):
            qualification_id (int | Unset): Guide spelling; a single qualification to require.
            required (bool | Unset): Guide spelling; whether `qualification_id` is mandatory.
    """

    selection_rule: SelectionRuleInput | Unset = UNSET
    ignored_missing_qualifications: bool | Unset = UNSET
    qualification_id: int | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        ignored_missing_qualifications = self.ignored_missing_qualifications

        qualification_id = self.qualification_id

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule
        if ignored_missing_qualifications is not UNSET:
            field_dict["ignored_missing_qualifications"] = ignored_missing_qualifications
        if qualification_id is not UNSET:
            field_dict["qualification_id"] = qualification_id
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.selection_rule_input import SelectionRuleInput  # noqa: PLC0415

        d = dict(src_dict)
        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: SelectionRuleInput | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = SelectionRuleInput.from_dict(_selection_rule)

        ignored_missing_qualifications = d.pop("ignored_missing_qualifications", UNSET)

        qualification_id = d.pop("qualification_id", UNSET)

        required = d.pop("required", UNSET)

        qualification_input = cls(
            selection_rule=selection_rule,
            ignored_missing_qualifications=ignored_missing_qualifications,
            qualification_id=qualification_id,
            required=required,
        )

        qualification_input.additional_properties = d
        return qualification_input

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

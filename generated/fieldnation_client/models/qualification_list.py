from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.qualification import Qualification
    from ..models.selection_rule import SelectionRule


T = TypeVar("T", bound="QualificationList")


@_attrs_define
class QualificationList:
    """The qualifications of a work order (also embedded as `qualifications` in the WorkOrder). The API answers the
    selection-rule wrapper (`selection_rule` holding `metadata` and `results`); the narrative guide shows a flat
    `{results: [...]}`. Both shapes validate: top-level `metadata` / `results` are optional and mirror `selection_rule`.

        Example:
            {'ignored_missing_qualifications': False, 'actions': ['edit'], 'selection_rule': {'id': 310, 'name': 'Cert
                Required', 'status': 'active', 'sum': {'total': 12, 'match': 7, 'no_match_optional': 3, 'no_match_required': 2},
                'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 45, 'name': 'CompTIA A+',
                'type': 'certification', 'required': True}, {'id': 67, 'name': 'Background Check', 'type': 'screening',
                'required': True}]}}

        Attributes:
            metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
                42, 'page': 1, 'pages': 2, 'per_page': 25}.
            results (list[Qualification] | Unset):
            selection_rule (SelectionRule | Unset): The work order's qualification rule set with its requirements. Example:
                {'id': 310, 'name': 'Cert Required', 'status': 'active', 'sum': {'total': 12, 'match': 7, 'no_match_optional':
                3, 'no_match_required': 2}, 'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id':
                45, 'name': 'CompTIA A+', 'type': 'certification', 'required': True}]}.
            ignored_missing_qualifications (bool | Unset): True when the buyer chose to ignore missing qualifications when
                assigning.
            correlation_id (str | Unset):
            actions (list[str] | Unset):
    """

    metadata: ListMetadata | Unset = UNSET
    results: list[Qualification] | Unset = UNSET
    selection_rule: SelectionRule | Unset = UNSET
    ignored_missing_qualifications: bool | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        selection_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_rule, Unset):
            selection_rule = self.selection_rule.to_dict()

        ignored_missing_qualifications = self.ignored_missing_qualifications

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if results is not UNSET:
            field_dict["results"] = results
        if selection_rule is not UNSET:
            field_dict["selection_rule"] = selection_rule
        if ignored_missing_qualifications is not UNSET:
            field_dict["ignored_missing_qualifications"] = ignored_missing_qualifications
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.qualification import Qualification  # noqa: PLC0415
        from ..models.selection_rule import SelectionRule  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _results = d.pop("results", UNSET)
        results: list[Qualification] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = Qualification.from_dict(results_item_data)

                results.append(results_item)

        _selection_rule = d.pop("selection_rule", UNSET)
        selection_rule: SelectionRule | Unset
        if isinstance(_selection_rule, Unset):
            selection_rule = UNSET
        else:
            selection_rule = SelectionRule.from_dict(_selection_rule)

        ignored_missing_qualifications = d.pop("ignored_missing_qualifications", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        qualification_list = cls(
            metadata=metadata,
            results=results,
            selection_rule=selection_rule,
            ignored_missing_qualifications=ignored_missing_qualifications,
            correlation_id=correlation_id,
            actions=actions,
        )

        qualification_list.additional_properties = d
        return qualification_list

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

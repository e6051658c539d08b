from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.qualification import Qualification
    from ..models.selection_rule_sum import SelectionRuleSum


T = TypeVar("T", bound="SelectionRule")


@_attrs_define
class SelectionRule:
    """The work order's qualification rule set with its requirements.

    Example:
        {'id': 310, 'name': 'Cert Required', 'status': 'active', 'sum': {'total': 12, 'match': 7, 'no_match_optional':
            3, 'no_match_required': 2}, 'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id':
            45, 'name': 'CompTIA A+', 'type': 'certification', 'required': True}]}

    Attributes:
        id (int | Unset):
        name (str | Unset):
        status (str | Unset): Rule state; the playground shows `active`.
        weight (float | Unset):
        total_selection_rule (str | Unset):
        sum_ (SelectionRuleSum | Unset): How many providers in the pool meet the rule. Example: {'total': 12, 'match':
            7, 'no_match_optional': 3, 'no_match_required': 2}.
        actions (list[str] | Unset):
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[Qualification] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    weight: float | Unset = UNSET
    total_selection_rule: str | Unset = UNSET
    sum_: SelectionRuleSum | Unset = UNSET
    actions: list[str] | Unset = UNSET
    metadata: ListMetadata | Unset = UNSET
    results: list[Qualification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        weight = self.weight

        total_selection_rule = self.total_selection_rule

        sum_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sum_, Unset):
            sum_ = self.sum_.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if status is not UNSET:
            field_dict["status"] = status
        if weight is not UNSET:
            field_dict["weight"] = weight
        if total_selection_rule is not UNSET:
            field_dict["total_selection_rule"] = total_selection_rule
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if actions is not UNSET:
            field_dict["actions"] = actions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.qualification import Qualification  # noqa: PLC0415
        from ..models.selection_rule_sum import SelectionRuleSum  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        weight = d.pop("weight", UNSET)

        total_selection_rule = d.pop("total_selection_rule", UNSET)

        _sum_ = d.pop("sum", UNSET)
        sum_: SelectionRuleSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = SelectionRuleSum.from_dict(_sum_)

        actions = cast(list[str], d.pop("actions", UNSET))

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

        selection_rule = cls(
            id=id,
            name=name,
            status=status,
            weight=weight,
            total_selection_rule=total_selection_rule,
            sum_=sum_,
            actions=actions,
            metadata=metadata,
            results=results,
        )

        selection_rule.additional_properties = d
        return selection_rule

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

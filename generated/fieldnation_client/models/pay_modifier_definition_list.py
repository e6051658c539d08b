from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_modifier_definition_list_actions_item import PayModifierDefinitionListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.pay_modifier_definition import PayModifierDefinition
    from ..models.pay_modifier_sum import PayModifierSum


T = TypeVar("T", bound="PayModifierDefinitionList")


@_attrs_define
class PayModifierDefinitionList:
    """Answer of `GET /bonuses` and `GET /penalties`.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'actions': ['add', 'edit'], 'results': [{'id':
            3, 'name': 'Urgent dispatch', 'calculation': 'fixed', 'modifier': 25, 'amount': 25}, {'id': 4, 'name': 'Weekend
            premium', 'calculation': 'percent', 'modifier': 10, 'amount': 0}]}

    Attributes:
        results (list[PayModifierDefinition]):
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        sum_ (PayModifierSum | Unset): Totals of a bonus or penalty list. Example: {'all': 0, 'charged': 0, 'uncharged':
            0}.
        actions (list[PayModifierDefinitionListActionsItem] | Unset):
    """

    results: list[PayModifierDefinition]
    metadata: ListMetadata | Unset = UNSET
    sum_: PayModifierSum | Unset = UNSET
    actions: list[PayModifierDefinitionListActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sum_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sum_, Unset):
            sum_ = self.sum_.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_modifier_definition import PayModifierDefinition  # noqa: PLC0415
        from ..models.pay_modifier_sum import PayModifierSum  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PayModifierDefinition.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _sum_ = d.pop("sum", UNSET)
        sum_: PayModifierSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = PayModifierSum.from_dict(_sum_)

        _actions = d.pop("actions", UNSET)
        actions: list[PayModifierDefinitionListActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PayModifierDefinitionListActionsItem(actions_item_data)

                actions.append(actions_item)

        pay_modifier_definition_list = cls(results=results, metadata=metadata, sum_=sum_, actions=actions)

        pay_modifier_definition_list.additional_properties = d
        return pay_modifier_definition_list

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

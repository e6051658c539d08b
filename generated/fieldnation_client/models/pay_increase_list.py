from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata
    from ..models.pay_increase import PayIncrease
    from ..models.pay_increase_list_sum import PayIncreaseListSum


T = TypeVar("T", bound="PayIncreaseList")


@_attrs_define
class PayIncreaseList:
    """The pay increases of a work order, newest first.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 50}, 'results': [{'id': 310,
            'description': 'Second printer found on site; needs one more hour.', 'status': 'pending', 'pay': {'type':
            'fixed', 'base': {'amount': 450, 'units': 1}}, 'author': {'id': 9001, 'first_name': 'Sam', 'last_name':
            'Ortega'}, 'created': {'utc': '2026-07-01 16:20:00'}, 'actions': ['accept', 'deny']}], 'actions': []}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
            'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[PayIncrease]):
        sum_ (PayIncreaseListSum | Unset): Dollar total of the increases.
        actions (list[str] | Unset):
    """

    metadata: ListMetadata
    results: list[PayIncrease]
    sum_: PayIncreaseListSum | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        sum_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sum_, Unset):
            sum_ = self.sum_.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_increase import PayIncrease  # noqa: PLC0415
        from ..models.pay_increase_list_sum import PayIncreaseListSum  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PayIncrease.from_dict(results_item_data)

            results.append(results_item)

        _sum_ = d.pop("sum", UNSET)
        sum_: PayIncreaseListSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = PayIncreaseListSum.from_dict(_sum_)

        actions = cast(list[str], d.pop("actions", UNSET))

        pay_increase_list = cls(metadata=metadata, results=results, sum_=sum_, actions=actions)

        pay_increase_list.additional_properties = d
        return pay_increase_list

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

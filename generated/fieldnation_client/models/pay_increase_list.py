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
    """The pay increases of a work order (the local sandbox lists them newest first; Field Nation documents no order).

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 50}, 'results': [{'id': 310,
            'description': 'Second printer found on site; needs one more hour.', 'status': 'pending', 'pay': {'type':
            'fixed', 'base': {'amount': 450, 'units': 1}}, 'author': {'id': 9001, 'first_name': 'Sam', 'last_name':
            'Ortega'}, 'created': {'utc': '2026-07-01 16:20:00'}, 'actions': ['accept', 'deny']}], 'actions': []}

    Attributes:
        results (list[PayIncrease]):
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        sum_ (PayIncreaseListSum | Unset): Dollar total of the increases.
        total_increase (float | Unset): Dollar total of the increases (guide's form of `sum.all`).
        actions (list[str] | Unset):
    """

    results: list[PayIncrease]
    metadata: ListMetadata | Unset = UNSET
    sum_: PayIncreaseListSum | Unset = UNSET
    total_increase: float | Unset = UNSET
    actions: list[str] | Unset = UNSET
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

        total_increase = self.total_increase

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if total_increase is not UNSET:
            field_dict["total_increase"] = total_increase
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_increase import PayIncrease  # noqa: PLC0415
        from ..models.pay_increase_list_sum import PayIncreaseListSum  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PayIncrease.from_dict(results_item_data)

            results.append(results_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _sum_ = d.pop("sum", UNSET)
        sum_: PayIncreaseListSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = PayIncreaseListSum.from_dict(_sum_)

        total_increase = d.pop("total_increase", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        pay_increase_list = cls(
            results=results, metadata=metadata, sum_=sum_, total_increase=total_increase, actions=actions
        )

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

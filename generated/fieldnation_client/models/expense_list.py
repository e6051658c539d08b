from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense import Expense
    from ..models.expenses_sum import ExpensesSum
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="ExpenseList")


@_attrs_define
class ExpenseList:
    """Expenses of a work order with their totals.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 50.0, 'charged': 0,
            'uncharged': 50.0}, 'results': [{'id': 98, 'description': 'Cat6 cable, 50 ft', 'amount': 50.0, 'quantity': 1,
            'status': 'new', 'category': {'id': 2, 'name': 'Travel Expense', 'type': 'system'}}], 'actions': ['add']}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
            'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[Expense]):
        sum_ (ExpensesSum | Unset): Totals over the expenses of a work order, in US dollars. Example: {'all': 50.0,
            'charged': 0, 'uncharged': 50.0}.
        actions (list[str] | Unset): What the caller may do with the list (`add`).
    """

    metadata: ListMetadata
    results: list[Expense]
    sum_: ExpensesSum | Unset = UNSET
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
        from ..models.expense import Expense  # noqa: PLC0415
        from ..models.expenses_sum import ExpensesSum  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Expense.from_dict(results_item_data)

            results.append(results_item)

        _sum_ = d.pop("sum", UNSET)
        sum_: ExpensesSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = ExpensesSum.from_dict(_sum_)

        actions = cast(list[str], d.pop("actions", UNSET))

        expense_list = cls(metadata=metadata, results=results, sum_=sum_, actions=actions)

        expense_list.additional_properties = d
        return expense_list

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

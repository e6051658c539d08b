from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense import Expense
    from ..models.expense_list_totals import ExpenseListTotals
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
        results (list[Expense]):
        totals (ExpenseListTotals | Unset): The guide's totals by review state (amounts).
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        sum_ (ExpensesSum | Unset): Totals over the expenses of a work order, in US dollars. Example: {'all': 50.0,
            'charged': 0, 'uncharged': 50.0}.
        actions (list[str] | Unset): What the caller may do with the list (`add`).
    """

    results: list[Expense]
    totals: ExpenseListTotals | Unset = UNSET
    metadata: ListMetadata | Unset = UNSET
    sum_: ExpensesSum | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sum_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sum_, Unset):
            sum_ = self.sum_.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if totals is not UNSET:
            field_dict["totals"] = totals
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense import Expense  # noqa: PLC0415
        from ..models.expense_list_totals import ExpenseListTotals  # noqa: PLC0415
        from ..models.expenses_sum import ExpensesSum  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Expense.from_dict(results_item_data)

            results.append(results_item)

        _totals = d.pop("totals", UNSET)
        totals: ExpenseListTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = ExpenseListTotals.from_dict(_totals)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        _sum_ = d.pop("sum", UNSET)
        sum_: ExpensesSum | Unset
        if isinstance(_sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = ExpensesSum.from_dict(_sum_)

        actions = cast(list[str], d.pop("actions", UNSET))

        expense_list = cls(results=results, totals=totals, metadata=metadata, sum_=sum_, actions=actions)

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

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense import Expense, ExpenseDict
    from ..models.expense_list_totals import ExpenseListTotals, ExpenseListTotalsDict
    from ..models.expenses_sum import ExpensesSum, ExpensesSumDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class ExpenseList(_m.BaseModel):
    """Expenses of a work order with their totals.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 50.0, 'charged': 0,
            'uncharged': 50.0}, 'results': [{'id': 98, 'description': 'Cat6 cable, 50 ft', 'amount': 50.0, 'quantity': 1,
            'status': 'new', 'category': {'id': 2, 'name': 'Travel Expense', 'type': 'system'}}], 'actions': ['add']}

    Attributes:
        results (list[Expense]):
        totals (ExpenseListTotals | None): The guide's totals by review state (amounts).
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        sum_ (ExpensesSum | None): Totals over the expenses of a work order, in US dollars.
        actions (list[str] | None): What the caller may do with the list (`add`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Expense],
        totals: ExpenseListTotals | Unset = UNSET,
        metadata: ListMetadata | Unset = UNSET,
        sum_: ExpensesSum | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("totals", totals)
        self._set("metadata", metadata)
        self._set("sum", sum_)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.expense import Expense  # noqa: PLC0415
        from ..models.expense_list_totals import ExpenseListTotals  # noqa: PLC0415
        from ..models.expenses_sum import ExpensesSum  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Expense)), True, False),
            "totals": _m.Field(_m.Model(ExpenseListTotals), False, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "sum": _m.Field(_m.Model(ExpensesSum), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Expense]:
        return cast("list[Expense]", self._get("results"))

    @results.setter
    def results(self, value: list[Expense]) -> None:
        self._set("results", value)

    @property
    def totals(self) -> ExpenseListTotals | None:
        """The guide's totals by review state (amounts)."""
        return cast("ExpenseListTotals | None", self._get("totals"))

    @totals.setter
    def totals(self, value: ExpenseListTotals | None) -> None:
        self._set("totals", value)

    @property
    def metadata(self) -> ListMetadata | None:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata | None", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata | None) -> None:
        self._set("metadata", value)

    @property
    def sum_(self) -> ExpensesSum | None:
        """Totals over the expenses of a work order, in US dollars."""
        return cast("ExpensesSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: ExpensesSum | None) -> None:
        self._set("sum", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with the list (`add`)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class ExpenseListDict(TypedDict, total=False):
    """:class:`ExpenseList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Expense | ExpenseDict]]
    totals: ExpenseListTotals | ExpenseListTotalsDict
    metadata: ListMetadata | ListMetadataDict
    sum: ExpensesSum | ExpensesSumDict
    actions: list[str]

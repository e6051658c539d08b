from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.pay_increase import PayIncrease, PayIncreaseDict
    from ..models.pay_increase_list_sum import PayIncreaseListSum, PayIncreaseListSumDict


class PayIncreaseList(_m.BaseModel):
    """The pay increases of a work order (the local sandbox lists them newest first; Field Nation documents no order).

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 50}, 'results': [{'id': 310,
            'description': 'Second printer found on site; needs one more hour.', 'status': 'pending', 'pay': {'type':
            'fixed', 'base': {'amount': 450, 'units': 1}}, 'author': {'id': 9001, 'first_name': 'Sam', 'last_name':
            'Ortega'}, 'created': {'utc': '2026-07-01 16:20:00'}, 'actions': ['accept', 'deny']}], 'actions': []}

    Attributes:
        results (list[PayIncrease]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        sum_ (PayIncreaseListSum | None): Dollar total of the increases.
        total_increase (float | None): Dollar total of the increases (guide's form of `sum.all`).
        actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[PayIncrease],
        metadata: ListMetadata | Unset = UNSET,
        sum_: PayIncreaseListSum | Unset = UNSET,
        total_increase: float | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("sum", sum_)
        self._set("total_increase", total_increase)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_increase import PayIncrease  # noqa: PLC0415
        from ..models.pay_increase_list_sum import PayIncreaseListSum  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(PayIncrease)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "sum": _m.Field(_m.Model(PayIncreaseListSum), False, False),
            "total_increase": _m.Field(_m.FLOAT, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[PayIncrease]:
        return cast("list[PayIncrease]", self._get("results"))

    @results.setter
    def results(self, value: list[PayIncrease]) -> None:
        self._set("results", value)

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
    def sum_(self) -> PayIncreaseListSum | None:
        """Dollar total of the increases."""
        return cast("PayIncreaseListSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: PayIncreaseListSum | None) -> None:
        self._set("sum", value)

    @property
    def total_increase(self) -> float | None:
        """Dollar total of the increases (guide's form of `sum.all`)."""
        return cast("float | None", self._get("total_increase"))

    @total_increase.setter
    def total_increase(self, value: float | None) -> None:
        self._set("total_increase", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class PayIncreaseListDict(TypedDict, total=False):
    """:class:`PayIncreaseList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[PayIncrease | PayIncreaseDict]]
    metadata: ListMetadata | ListMetadataDict
    sum: PayIncreaseListSum | PayIncreaseListSumDict
    total_increase: float
    actions: list[str]

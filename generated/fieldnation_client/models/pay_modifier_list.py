from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.pay_modifier_list_actions_item import PayModifierListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.pay_modifier import PayModifier, PayModifierDict
    from ..models.pay_modifier_list_sum import PayModifierListSum, PayModifierListSumDict


class PayModifierList(_m.BaseModel):
    """A list of pay modifiers (bonuses, penalties or discounts) with their sums. Discounts carry only `sum.all`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 15}, 'results': [{'id': 4,
            'name': 'Volume discount', 'description': 'Ten percent off labor for bulk rollouts.', 'calculation': 'percent',
            'modifier': 10, 'amount': 15, 'charged': True}], 'actions': []}

    Attributes:
        results (list[PayModifier]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        sum_ (PayModifierListSum | None): Dollar totals of the list.
        total_discount (float | None): Dollar total of the discounts (guide's form of `sum.all`).
        actions (list[PayModifierListActionsItem] | None): What the caller may do with the list.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[PayModifier],
        metadata: ListMetadata | Unset = UNSET,
        sum_: PayModifierListSum | Unset = UNSET,
        total_discount: float | Unset = UNSET,
        actions: list[PayModifierListActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("sum", sum_)
        self._set("total_discount", total_discount)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_modifier import PayModifier  # noqa: PLC0415
        from ..models.pay_modifier_list_sum import PayModifierListSum  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(PayModifier)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "sum": _m.Field(_m.Model(PayModifierListSum), False, False),
            "total_discount": _m.Field(_m.FLOAT, False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayModifierListActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[PayModifier]:
        return cast("list[PayModifier]", self._get("results"))

    @results.setter
    def results(self, value: list[PayModifier]) -> None:
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
    def sum_(self) -> PayModifierListSum | None:
        """Dollar totals of the list."""
        return cast("PayModifierListSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: PayModifierListSum | None) -> None:
        self._set("sum", value)

    @property
    def total_discount(self) -> float | None:
        """Dollar total of the discounts (guide's form of `sum.all`)."""
        return cast("float | None", self._get("total_discount"))

    @total_discount.setter
    def total_discount(self, value: float | None) -> None:
        self._set("total_discount", value)

    @property
    def actions(self) -> list[PayModifierListActionsItem] | None:
        """What the caller may do with the list."""
        return cast("list[PayModifierListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayModifierListActionsItem] | None) -> None:
        self._set("actions", value)


class PayModifierListDict(TypedDict, total=False):
    """:class:`PayModifierList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[PayModifier | PayModifierDict]]
    metadata: ListMetadata | ListMetadataDict
    sum: PayModifierListSum | PayModifierListSumDict
    total_discount: float
    actions: list[PayModifierListActionsItem | str]

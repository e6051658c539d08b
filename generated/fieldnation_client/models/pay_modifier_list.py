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
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`).
        results (list[PayModifier]):
        sum_ (PayModifierListSum | None): Dollar totals of the list.
        actions (list[PayModifierListActionsItem] | None): What the caller may do with the list.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[PayModifier],
        sum_: PayModifierListSum | Unset = UNSET,
        actions: list[PayModifierListActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("sum", sum_)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_modifier import PayModifier  # noqa: PLC0415
        from ..models.pay_modifier_list_sum import PayModifierListSum  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(PayModifier)), True, False),
            "sum": _m.Field(_m.Model(PayModifierListSum), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayModifierListActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def metadata(self) -> ListMetadata:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`)."""
        return cast("ListMetadata", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata) -> None:
        self._set("metadata", value)

    @property
    def results(self) -> list[PayModifier]:
        return cast("list[PayModifier]", self._get("results"))

    @results.setter
    def results(self, value: list[PayModifier]) -> None:
        self._set("results", value)

    @property
    def sum_(self) -> PayModifierListSum | None:
        """Dollar totals of the list."""
        return cast("PayModifierListSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: PayModifierListSum | None) -> None:
        self._set("sum", value)

    @property
    def actions(self) -> list[PayModifierListActionsItem] | None:
        """What the caller may do with the list."""
        return cast("list[PayModifierListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayModifierListActionsItem] | None) -> None:
        self._set("actions", value)


class PayModifierListDict(TypedDict, total=False):
    """:class:`PayModifierList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[PayModifier | PayModifierDict]]
    sum: PayModifierListSum | PayModifierListSumDict
    actions: list[PayModifierListActionsItem | str]

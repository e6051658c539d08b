from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.pay_modifier_definition_list_actions_item import PayModifierDefinitionListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.pay_modifier_definition import PayModifierDefinition, PayModifierDefinitionDict
    from ..models.pay_modifier_sum import PayModifierSum, PayModifierSumDict


class PayModifierDefinitionList(_m.BaseModel):
    """Answer of `GET /bonuses` and `GET /penalties`.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'actions': ['add', 'edit'], 'results': [{'id':
            3, 'name': 'Urgent dispatch', 'calculation': 'fixed', 'modifier': 25, 'amount': 25}, {'id': 4, 'name': 'Weekend
            premium', 'calculation': 'percent', 'modifier': 10, 'amount': 0}]}

    Attributes:
        results (list[PayModifierDefinition]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        sum_ (PayModifierSum | None): Totals of a bonus or penalty list.
        actions (list[PayModifierDefinitionListActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[PayModifierDefinition],
        metadata: ListMetadata | Unset = UNSET,
        sum_: PayModifierSum | Unset = UNSET,
        actions: list[PayModifierDefinitionListActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("sum", sum_)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pay_modifier_definition import PayModifierDefinition  # noqa: PLC0415
        from ..models.pay_modifier_sum import PayModifierSum  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(PayModifierDefinition)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "sum": _m.Field(_m.Model(PayModifierSum), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayModifierDefinitionListActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[PayModifierDefinition]:
        return cast("list[PayModifierDefinition]", self._get("results"))

    @results.setter
    def results(self, value: list[PayModifierDefinition]) -> None:
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
    def sum_(self) -> PayModifierSum | None:
        """Totals of a bonus or penalty list."""
        return cast("PayModifierSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: PayModifierSum | None) -> None:
        self._set("sum", value)

    @property
    def actions(self) -> list[PayModifierDefinitionListActionsItem] | None:
        return cast("list[PayModifierDefinitionListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayModifierDefinitionListActionsItem] | None) -> None:
        self._set("actions", value)


class PayModifierDefinitionListDict(TypedDict, total=False):
    """:class:`PayModifierDefinitionList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[PayModifierDefinition | PayModifierDefinitionDict]]
    metadata: ListMetadata | ListMetadataDict
    sum: PayModifierSum | PayModifierSumDict
    actions: list[PayModifierDefinitionListActionsItem | str]

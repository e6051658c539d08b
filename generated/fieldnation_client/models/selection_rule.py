from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.qualification import Qualification, QualificationDict
    from ..models.selection_rule_sum import SelectionRuleSum, SelectionRuleSumDict


class SelectionRule(_m.BaseModel):
    """The work order's qualification rule set with its requirements.

    Example:
        {'id': 310, 'name': 'Cert Required', 'status': 'active', 'sum': {'total': 12, 'match': 7, 'no_match_optional':
            3, 'no_match_required': 2}, 'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id':
            45, 'name': 'CompTIA A+', 'type': 'certification', 'required': True}]}

    Attributes:
        id (int | None):
        name (str | None):
        status (str | None): Rule state; the playground shows `active`.
        weight (float | None):
        total_selection_rule (str | None):
        sum_ (SelectionRuleSum | None): How many providers in the pool meet the rule.
        actions (list[str] | None):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[Qualification] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        weight: float | Unset = UNSET,
        total_selection_rule: str | Unset = UNSET,
        sum_: SelectionRuleSum | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        metadata: ListMetadata | Unset = UNSET,
        results: list[Qualification] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("status", status)
        self._set("weight", weight)
        self._set("total_selection_rule", total_selection_rule)
        self._set("sum", sum_)
        self._set("actions", actions)
        self._set("metadata", metadata)
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.qualification import Qualification  # noqa: PLC0415
        from ..models.selection_rule_sum import SelectionRuleSum  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.STR, False, False),
            "weight": _m.Field(_m.FLOAT, False, False),
            "total_selection_rule": _m.Field(_m.STR, False, False),
            "sum": _m.Field(_m.Model(SelectionRuleSum), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "results": _m.Field(_m.List(_m.Model(Qualification)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def status(self) -> str | None:
        """Rule state; the playground shows `active`."""
        return cast("str | None", self._get("status"))

    @status.setter
    def status(self, value: str | None) -> None:
        self._set("status", value)

    @property
    def weight(self) -> float | None:
        return cast("float | None", self._get("weight"))

    @weight.setter
    def weight(self, value: float | None) -> None:
        self._set("weight", value)

    @property
    def total_selection_rule(self) -> str | None:
        return cast("str | None", self._get("total_selection_rule"))

    @total_selection_rule.setter
    def total_selection_rule(self, value: str | None) -> None:
        self._set("total_selection_rule", value)

    @property
    def sum_(self) -> SelectionRuleSum | None:
        """How many providers in the pool meet the rule."""
        return cast("SelectionRuleSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: SelectionRuleSum | None) -> None:
        self._set("sum", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

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
    def results(self) -> list[Qualification] | None:
        return cast("list[Qualification] | None", self._get("results"))

    @results.setter
    def results(self, value: list[Qualification] | None) -> None:
        self._set("results", value)


class SelectionRuleDict(TypedDict, total=False):
    """:class:`SelectionRule` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    status: str
    weight: float
    total_selection_rule: str
    sum: SelectionRuleSum | SelectionRuleSumDict
    actions: list[str]
    metadata: ListMetadata | ListMetadataDict
    results: list[Qualification | QualificationDict]

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.qualification import Qualification, QualificationDict
    from ..models.selection_rule import SelectionRule, SelectionRuleDict


class QualificationList(_m.BaseModel):
    """The qualifications of a work order (also embedded as `qualifications` in the WorkOrder). The API answers the
    selection-rule wrapper (`selection_rule` holding `metadata` and `results`); the narrative guide shows a flat
    `{results: [...]}`. Both shapes validate: top-level `metadata` / `results` are optional and mirror `selection_rule`.

        Example:
            {'ignored_missing_qualifications': False, 'actions': ['edit'], 'selection_rule': {'id': 310, 'name': 'Cert
                Required', 'status': 'active', 'sum': {'total': 12, 'match': 7, 'no_match_optional': 3, 'no_match_required': 2},
                'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 45, 'name': 'CompTIA A+',
                'type': 'certification', 'required': True}, {'id': 67, 'name': 'Background Check', 'type': 'screening',
                'required': True}]}}

        Attributes:
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            results (list[Qualification] | None):
            selection_rule (SelectionRule | None): The work order's qualification rule set with its requirements.
            ignored_missing_qualifications (bool | None): True when the buyer chose to ignore missing qualifications when
                assigning.
            correlation_id (str | None):
            actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata | Unset = UNSET,
        results: list[Qualification] | Unset = UNSET,
        selection_rule: SelectionRule | Unset = UNSET,
        ignored_missing_qualifications: bool | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("selection_rule", selection_rule)
        self._set("ignored_missing_qualifications", ignored_missing_qualifications)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.qualification import Qualification  # noqa: PLC0415
        from ..models.selection_rule import SelectionRule  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "results": _m.Field(_m.List(_m.Model(Qualification)), False, False),
            "selection_rule": _m.Field(_m.Model(SelectionRule), False, False),
            "ignored_missing_qualifications": _m.Field(_m.BOOL, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

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

    @property
    def selection_rule(self) -> SelectionRule | None:
        """The work order's qualification rule set with its requirements."""
        return cast("SelectionRule | None", self._get("selection_rule"))

    @selection_rule.setter
    def selection_rule(self, value: SelectionRule | None) -> None:
        self._set("selection_rule", value)

    @property
    def ignored_missing_qualifications(self) -> bool | None:
        """True when the buyer chose to ignore missing qualifications when assigning."""
        return cast("bool | None", self._get("ignored_missing_qualifications"))

    @ignored_missing_qualifications.setter
    def ignored_missing_qualifications(self, value: bool | None) -> None:
        self._set("ignored_missing_qualifications", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class QualificationListDict(TypedDict, total=False):
    """:class:`QualificationList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: ListMetadata | ListMetadataDict
    results: list[Qualification | QualificationDict]
    selection_rule: SelectionRule | SelectionRuleDict
    ignored_missing_qualifications: bool
    correlation_id: str
    actions: list[str]

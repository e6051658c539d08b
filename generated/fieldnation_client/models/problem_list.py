from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.problem_list_actions_item import ProblemListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.problem import Problem, ProblemDict
    from ..models.problem_list_sum import ProblemListSum, ProblemListSumDict
    from ..models.problem_type import ProblemType, ProblemTypeDict


class ProblemList(_m.BaseModel):
    """Problems of a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order), with counts and the reportable types.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'active': 1, 'resolved': 0},
                'results': [{'id': 643, 'type': {'id': 31, 'name': 'Internal Issue with my company'}, 'comments': 'Technician is
                unable to access the site.', 'resolution': {'status': 'open'}, 'created': {'utc': '2026-07-01 15:10:00'},
                'actions': ['edit', 'resolve', 'delete']}], 'types': [{'id': 22, 'name': "I can't find a provider"}, {'id': 31,
                'name': 'Internal Issue with my company'}, {'id': 33, 'name': 'How to/platform help'}], 'actions': ['add']}

        Attributes:
            metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
                playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
                omits `pages`, so only `total` is required (the local sandbox always sends all four).
            results (list[Problem]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            sum_ (ProblemListSum | None): Counts of problems. The playground shows `active` and `resolved`; the Android
                client's model has `resolved` and `unresolved`.
            correlation_id (str | None):
            actions (list[ProblemListActionsItem] | None):
            types (list[ProblemType] | None): Problem types the caller may report.
            active (Problem | None): A problem reported on a work order.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[Problem],
        sum_: ProblemListSum | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[ProblemListActionsItem] | Unset = UNSET,
        types: list[ProblemType] | Unset = UNSET,
        active: Problem | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("sum", sum_)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)
        self._set("types", types)
        self._set("active", active)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.problem import Problem  # noqa: PLC0415
        from ..models.problem_list_sum import ProblemListSum  # noqa: PLC0415
        from ..models.problem_type import ProblemType  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(Problem)), True, False),
            "sum": _m.Field(_m.Model(ProblemListSum), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.Enum(ProblemListActionsItem)), False, False),
            "types": _m.Field(_m.List(_m.Model(ProblemType)), False, False),
            "active": _m.Field(_m.Model(Problem), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def metadata(self) -> ListMetadata:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`). The playground and
        the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example omits
        `pages`, so only `total` is required (the local sandbox always sends all four)."""
        return cast("ListMetadata", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata) -> None:
        self._set("metadata", value)

    @property
    def results(self) -> list[Problem]:
        """Newest first in the local sandbox (its convention); Field Nation does not document the order of this
        list."""
        return cast("list[Problem]", self._get("results"))

    @results.setter
    def results(self, value: list[Problem]) -> None:
        self._set("results", value)

    @property
    def sum_(self) -> ProblemListSum | None:
        """Counts of problems. The playground shows `active` and `resolved`; the Android client's model has
        `resolved` and `unresolved`."""
        return cast("ProblemListSum | None", self._get("sum"))

    @sum_.setter
    def sum_(self, value: ProblemListSum | None) -> None:
        self._set("sum", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[ProblemListActionsItem] | None:
        return cast("list[ProblemListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ProblemListActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def types(self) -> list[ProblemType] | None:
        """Problem types the caller may report."""
        return cast("list[ProblemType] | None", self._get("types"))

    @types.setter
    def types(self, value: list[ProblemType] | None) -> None:
        self._set("types", value)

    @property
    def active(self) -> Problem | None:
        """A problem reported on a work order."""
        return cast("Problem | None", self._get("active"))

    @active.setter
    def active(self, value: Problem | None) -> None:
        self._set("active", value)


class ProblemListDict(TypedDict, total=False):
    """:class:`ProblemList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[Problem | ProblemDict]]
    sum: ProblemListSum | ProblemListSumDict
    correlation_id: str
    actions: list[ProblemListActionsItem | str]
    types: list[ProblemType | ProblemTypeDict]
    active: Problem | ProblemDict

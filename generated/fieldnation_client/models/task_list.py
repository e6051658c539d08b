from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.task import Task, TaskDict


class TaskList(_m.BaseModel):
    """Tasks of a work order, in display order.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 8610, 'label': 'Check in',
            'group': {'id': 'onsite', 'label': 'Work'}, 'type': {'id': 3, 'name': 'Check in'}, 'status': 'complete',
            'completed': {'utc': '2026-07-01 14:02:00', 'by': {'id': 9001, 'name': 'Sam Okafor', 'assigned': True}}}, {'id':
            8609, 'label': 'Call the store manager on arrival', 'group': {'id': 'onsite', 'label': 'Work'}, 'type': {'id':
            8, 'name': 'Call phone number'}, 'status': 'incomplete', 'phone': '+1-612-555-0143'}]}

    Attributes:
        results (list[Task]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None): What the caller may do with the list.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Task],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Task)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Task]:
        return cast("list[Task]", self._get("results"))

    @results.setter
    def results(self, value: list[Task]) -> None:
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
    def actions(self) -> list[str] | None:
        """What the caller may do with the list."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class TaskListDict(TypedDict, total=False):
    """:class:`TaskList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Task | TaskDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[str]

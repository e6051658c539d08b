from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.project_list_actions_item import ProjectListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.project import Project, ProjectDict


class ProjectList(_m.BaseModel):
    """Page-based list answered by `GET /projects`. The projects guide's example carries only `results`, so `metadata` is
    not required.

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 2201, 'name': 'Spring POS
                Refresh', 'status': 'active', 'client': {'id': 301, 'name': 'Northstar Retail'}, 'manager': {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}, 'actions': ['edit', 'complete', 'cancel',
                'create_work_order']}], 'actions': ['add']}

        Attributes:
            results (list[Project]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            actions (list[ProjectListActionsItem] | None): Actions available on the list (`add` when the caller may create
                projects).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Project],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[ProjectListActionsItem] | Unset = UNSET,
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
        from ..models.project import Project  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Project)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.Enum(ProjectListActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Project]:
        return cast("list[Project]", self._get("results"))

    @results.setter
    def results(self, value: list[Project]) -> None:
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
    def actions(self) -> list[ProjectListActionsItem] | None:
        """Actions available on the list (`add` when the caller may create projects)."""
        return cast("list[ProjectListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ProjectListActionsItem] | None) -> None:
        self._set("actions", value)


class ProjectListDict(TypedDict, total=False):
    """:class:`ProjectList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Project | ProjectDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[ProjectListActionsItem | str]

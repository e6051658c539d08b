from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.pending_provider_list_actions_item import PendingProviderListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.pending_provider import PendingProvider, PendingProviderDict
    from ..models.pending_provider_list_lists_item import (
        PendingProviderListListsItem,
        PendingProviderListListsItemDict,
    )
    from ..models.pending_provider_list_params_item import (
        PendingProviderListParamsItem,
        PendingProviderListParamsItemDict,
    )


class PendingProviderList(_m.BaseModel):
    """Providers related to a work order, filtered by the `list` parameter (for pending requests:
    `find_providers_pending_assignment`).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25, 'list': 'find_providers_pending_assignment',
                'view': 'model'}, 'results': [{'id': 9001, 'first_name': 'Luis', 'last_name': 'Ortega', 'has_request': True,
                'request': {'id': 5101, 'active': True, 'counter': False}}], 'actions': ['selection_rule']}

        Attributes:
            results (list[PendingProvider]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            actions (list[PendingProviderListActionsItem] | None):
            params (list[PendingProviderListParamsItem] | None): Filters applied to the list.
            lists (list[PendingProviderListListsItem] | None): Other provider lists the caller can ask for.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[PendingProvider],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[PendingProviderListActionsItem] | Unset = UNSET,
        params: list[PendingProviderListParamsItem] | Unset = UNSET,
        lists: list[PendingProviderListListsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)
        self._set("params", params)
        self._set("lists", lists)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pending_provider import PendingProvider  # noqa: PLC0415
        from ..models.pending_provider_list_lists_item import PendingProviderListListsItem  # noqa: PLC0415
        from ..models.pending_provider_list_params_item import PendingProviderListParamsItem  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(PendingProvider)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PendingProviderListActionsItem)), False, False),
            "params": _m.Field(_m.List(_m.Model(PendingProviderListParamsItem)), False, False),
            "lists": _m.Field(_m.List(_m.Model(PendingProviderListListsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[PendingProvider]:
        return cast("list[PendingProvider]", self._get("results"))

    @results.setter
    def results(self, value: list[PendingProvider]) -> None:
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
    def actions(self) -> list[PendingProviderListActionsItem] | None:
        return cast("list[PendingProviderListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PendingProviderListActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[PendingProviderListParamsItem] | None:
        """Filters applied to the list."""
        return cast("list[PendingProviderListParamsItem] | None", self._get("params"))

    @params.setter
    def params(self, value: list[PendingProviderListParamsItem] | None) -> None:
        self._set("params", value)

    @property
    def lists(self) -> list[PendingProviderListListsItem] | None:
        """Other provider lists the caller can ask for."""
        return cast("list[PendingProviderListListsItem] | None", self._get("lists"))

    @lists.setter
    def lists(self, value: list[PendingProviderListListsItem] | None) -> None:
        self._set("lists", value)


class PendingProviderListDict(TypedDict, total=False):
    """:class:`PendingProviderList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[PendingProvider | PendingProviderDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[PendingProviderListActionsItem | str]
    params: list[PendingProviderListParamsItem | PendingProviderListParamsItemDict]
    lists: list[PendingProviderListListsItem | PendingProviderListListsItemDict]

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.preferred_provider_group import PreferredProviderGroup, PreferredProviderGroupDict
    from ..models.preferred_provider_group_list_params_item import (
        PreferredProviderGroupListParamsItem,
        PreferredProviderGroupListParamsItemDict,
    )


class PreferredProviderGroupList(_m.BaseModel):
    """Answer of `GET /preferred-provider-groups`.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25, 'view': 'list', 'order': 'asc'}, 'results':
            [{'id': 99999999, 'name': 'Uncategorized', 'providers': 2, 'actions': []}, {'id': 13, 'name': 'ATM Repair',
            'providers': 0, 'actions': ['edit', 'delete']}], 'actions': [], 'params': []}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[PreferredProviderGroup]):
        actions (list[str] | None):
        params (list[PreferredProviderGroupListParamsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[PreferredProviderGroup],
        actions: list[str] | Unset = UNSET,
        params: list[PreferredProviderGroupListParamsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("actions", actions)
        self._set("params", params)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.preferred_provider_group import PreferredProviderGroup  # noqa: PLC0415
        from ..models.preferred_provider_group_list_params_item import PreferredProviderGroupListParamsItem  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(PreferredProviderGroup)), True, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "params": _m.Field(_m.List(_m.Model(PreferredProviderGroupListParamsItem)), False, False),
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
    def results(self) -> list[PreferredProviderGroup]:
        return cast("list[PreferredProviderGroup]", self._get("results"))

    @results.setter
    def results(self, value: list[PreferredProviderGroup]) -> None:
        self._set("results", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[PreferredProviderGroupListParamsItem] | None:
        return cast("list[PreferredProviderGroupListParamsItem] | None", self._get("params"))

    @params.setter
    def params(self, value: list[PreferredProviderGroupListParamsItem] | None) -> None:
        self._set("params", value)


class PreferredProviderGroupListDict(TypedDict, total=False):
    """:class:`PreferredProviderGroupList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[PreferredProviderGroup | PreferredProviderGroupDict]]
    actions: list[str]
    params: list[PreferredProviderGroupListParamsItem | PreferredProviderGroupListParamsItemDict]

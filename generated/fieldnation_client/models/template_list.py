from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.template import Template, TemplateDict
    from ..models.template_list_lists_item import TemplateListListsItem, TemplateListListsItemDict
    from ..models.template_list_params_item import TemplateListParamsItem, TemplateListParamsItemDict


class TemplateList(_m.BaseModel):
    """Page-based list answered by `GET /templates`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 88, 'name': 'POS terminal
            swap', 'default': False, 'work_orders': 42, 'client': {'id': 301, 'name': 'Northstar Retail'}, 'project': {'id':
            2201, 'name': 'Spring POS Refresh'}, 'updated': {'utc': '2026-03-02 10:30:00'}, 'actions': ['edit', 'delete',
            'create_work_order', 'copy']}], 'actions': []}

    Attributes:
        results (list[Template]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None): Actions available on the list as a whole.
        params (list[TemplateListParamsItem] | None): Echo of the list parameters the server applied.
        lists (list[TemplateListListsItem] | None): Saved list views offered by the UI.
        search_text (str | None):
        correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Template],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        params: list[TemplateListParamsItem] | Unset = UNSET,
        lists: list[TemplateListListsItem] | Unset = UNSET,
        search_text: str | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)
        self._set("params", params)
        self._set("lists", lists)
        self._set("search_text", search_text)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.template import Template  # noqa: PLC0415
        from ..models.template_list_lists_item import TemplateListListsItem  # noqa: PLC0415
        from ..models.template_list_params_item import TemplateListParamsItem  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Template)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "params": _m.Field(_m.List(_m.Model(TemplateListParamsItem)), False, False),
            "lists": _m.Field(_m.List(_m.Model(TemplateListListsItem)), False, False),
            "search_text": _m.Field(_m.STR, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Template]:
        return cast("list[Template]", self._get("results"))

    @results.setter
    def results(self, value: list[Template]) -> None:
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
        """Actions available on the list as a whole."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[TemplateListParamsItem] | None:
        """Echo of the list parameters the server applied."""
        return cast("list[TemplateListParamsItem] | None", self._get("params"))

    @params.setter
    def params(self, value: list[TemplateListParamsItem] | None) -> None:
        self._set("params", value)

    @property
    def lists(self) -> list[TemplateListListsItem] | None:
        """Saved list views offered by the UI."""
        return cast("list[TemplateListListsItem] | None", self._get("lists"))

    @lists.setter
    def lists(self, value: list[TemplateListListsItem] | None) -> None:
        self._set("lists", value)

    @property
    def search_text(self) -> str | None:
        return cast("str | None", self._get("search_text"))

    @search_text.setter
    def search_text(self, value: str | None) -> None:
        self._set("search_text", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class TemplateListDict(TypedDict, total=False):
    """:class:`TemplateList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Template | TemplateDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[str]
    params: list[TemplateListParamsItem | TemplateListParamsItemDict]
    lists: list[TemplateListListsItem | TemplateListListsItemDict]
    search_text: str
    correlation_id: str

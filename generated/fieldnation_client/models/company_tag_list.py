from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.company_tag_list_actions_item import CompanyTagListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_tag import CompanyTag, CompanyTagDict
    from ..models.company_tag_list_params_item import CompanyTagListParamsItem, CompanyTagListParamsItemDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CompanyTagList(_m.BaseModel):
    """Page-based list answered by `GET /company/tags`. The company guide's example carries only `results`, so `metadata`
    is not required.

        Example:
            {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1008, 'label': 'VIP
                Client', 'hex_color': '#FF5733', 'valid_statuses': ['published', 'assigned'], 'types': ['show_in_dashboard'],
                'actions': ['edit', 'delete']}, {'id': 1007, 'label': 'Needs parts', 'hex_color': '#F67B1E', 'valid_statuses':
                [], 'types': ['hold'], 'actions': ['edit', 'delete']}], 'actions': ['add']}

        Attributes:
            results (list[CompanyTag]):
            metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
                The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
                example omits `pages`, so only `total` is required (the local sandbox always sends all four).
            actions (list[CompanyTagListActionsItem] | None): `add` when the caller may create tags.
            params (list[CompanyTagListParamsItem] | None):
            correlation_id (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[CompanyTag],
        metadata: ListMetadata | Unset = UNSET,
        actions: list[CompanyTagListActionsItem] | Unset = UNSET,
        params: list[CompanyTagListParamsItem] | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)
        self._set("actions", actions)
        self._set("params", params)
        self._set("correlation_id", correlation_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_tag import CompanyTag  # noqa: PLC0415
        from ..models.company_tag_list_params_item import CompanyTagListParamsItem  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(CompanyTag)), True, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.Enum(CompanyTagListActionsItem)), False, False),
            "params": _m.Field(_m.List(_m.Model(CompanyTagListParamsItem)), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CompanyTag]:
        return cast("list[CompanyTag]", self._get("results"))

    @results.setter
    def results(self, value: list[CompanyTag]) -> None:
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
    def actions(self) -> list[CompanyTagListActionsItem] | None:
        """`add` when the caller may create tags."""
        return cast("list[CompanyTagListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[CompanyTagListActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[CompanyTagListParamsItem] | None:
        return cast("list[CompanyTagListParamsItem] | None", self._get("params"))

    @params.setter
    def params(self, value: list[CompanyTagListParamsItem] | None) -> None:
        self._set("params", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)


class CompanyTagListDict(TypedDict, total=False):
    """:class:`CompanyTagList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[CompanyTag | CompanyTagDict]]
    metadata: ListMetadata | ListMetadataDict
    actions: list[CompanyTagListActionsItem | str]
    params: list[CompanyTagListParamsItem | CompanyTagListParamsItemDict]
    correlation_id: str

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.tag_list_actions_item import TagListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.tag import Tag, TagDict


class TagList(_m.BaseModel):
    """Tags applied to a work order, newest first in the local sandbox (its convention, x-sandbox; Field Nation does not
    document the order).

        Example:
            {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1007, 'label': 'Needs
                parts', 'hex_color': '#F67B1E', 'created': {'utc': '2026-06-28 15:05:00'}, 'actions': ['delete']}], 'actions':
                ['add']}

        Attributes:
            metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
                playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
                omits `pages`, so only `total` is required (the local sandbox always sends all four).
            results (list[Tag]): Newest first in the local sandbox (its convention); Field Nation does not document the
                order of this list.
            correlation_id (str | None):
            actions (list[TagListActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[Tag],
        correlation_id: str | Unset = UNSET,
        actions: list[TagListActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(Tag)), True, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.Enum(TagListActionsItem)), False, False),
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
    def results(self) -> list[Tag]:
        """Newest first in the local sandbox (its convention); Field Nation does not document the order of this
        list."""
        return cast("list[Tag]", self._get("results"))

    @results.setter
    def results(self, value: list[Tag]) -> None:
        self._set("results", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[TagListActionsItem] | None:
        return cast("list[TagListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[TagListActionsItem] | None) -> None:
        self._set("actions", value)


class TagListDict(TypedDict, total=False):
    """:class:`TagList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[Tag | TagDict]]
    correlation_id: str
    actions: list[TagListActionsItem | str]

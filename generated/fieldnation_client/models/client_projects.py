from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName, IdNameDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class ClientProjects(_m.BaseModel):
    """The client's projects, as embedded in the client.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 2201, 'name': 'Spring POS
            Refresh'}], 'actions': []}

    Attributes:
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[IdName] | None):
        actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata | Unset = UNSET,
        results: list[IdName] | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "results": _m.Field(_m.List(_m.Model(IdName)), False, False),
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
    def results(self) -> list[IdName] | None:
        return cast("list[IdName] | None", self._get("results"))

    @results.setter
    def results(self, value: list[IdName] | None) -> None:
        self._set("results", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class ClientProjectsDict(TypedDict, total=False):
    """:class:`ClientProjects` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: ListMetadata | ListMetadataDict
    results: list[IdName | IdNameDict]
    actions: list[str]

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.user_network import UserNetwork, UserNetworkDict


class UserNetworkList(_m.BaseModel):
    """Networks of a user.

    Example:
        {'results': [{'id': 8, 'name': 'Acme Preferred Techs'}]}

    Attributes:
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None):
        results (list[UserNetwork] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
        results: list[UserNetwork] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("actions", actions)
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.user_network import UserNetwork  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
            "results": _m.Field(_m.List(_m.Model(UserNetwork)), False, False),
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
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)

    @property
    def results(self) -> list[UserNetwork] | None:
        return cast("list[UserNetwork] | None", self._get("results"))

    @results.setter
    def results(self, value: list[UserNetwork] | None) -> None:
        self._set("results", value)


class UserNetworkListDict(TypedDict, total=False):
    """:class:`UserNetworkList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: ListMetadata | ListMetadataDict
    actions: list[str]
    results: list[UserNetwork | UserNetworkDict]

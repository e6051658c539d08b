from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.preferred_provider_group_user_list_actions_item import PreferredProviderGroupUserListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.preferred_provider_group_user_list_params_item import (
        PreferredProviderGroupUserListParamsItem,
        PreferredProviderGroupUserListParamsItemDict,
    )
    from ..models.user import User, UserDict


class PreferredProviderGroupUserList(_m.BaseModel):
    """Answer of `GET /preferred-provider-groups/{group_id}/users`.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 9001, 'first_name':
            'Sarah', 'last_name': 'Johnson', 'city': 'Saint Paul', 'state': 'MN', 'rating': {'marketplace': {'stars': 4.8,
            'total_ratings': 212}}}], 'actions': ['remove_from_preferred_group']}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[User]):
        actions (list[PreferredProviderGroupUserListActionsItem] | None): Bulk actions offered on the members.
        params (list[PreferredProviderGroupUserListParamsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[User],
        actions: list[PreferredProviderGroupUserListActionsItem] | Unset = UNSET,
        params: list[PreferredProviderGroupUserListParamsItem] | Unset = UNSET,
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
        from ..models.preferred_provider_group_user_list_params_item import (
            PreferredProviderGroupUserListParamsItem,  # noqa: PLC0415
        )
        from ..models.user import User  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(User)), True, False),
            "actions": _m.Field(_m.List(_m.Enum(PreferredProviderGroupUserListActionsItem)), False, False),
            "params": _m.Field(_m.List(_m.Model(PreferredProviderGroupUserListParamsItem)), False, False),
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
    def results(self) -> list[User]:
        return cast("list[User]", self._get("results"))

    @results.setter
    def results(self, value: list[User]) -> None:
        self._set("results", value)

    @property
    def actions(self) -> list[PreferredProviderGroupUserListActionsItem] | None:
        """Bulk actions offered on the members."""
        return cast("list[PreferredProviderGroupUserListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PreferredProviderGroupUserListActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def params(self) -> list[PreferredProviderGroupUserListParamsItem] | None:
        return cast("list[PreferredProviderGroupUserListParamsItem] | None", self._get("params"))

    @params.setter
    def params(self, value: list[PreferredProviderGroupUserListParamsItem] | None) -> None:
        self._set("params", value)


class PreferredProviderGroupUserListDict(TypedDict, total=False):
    """:class:`PreferredProviderGroupUserList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[User | UserDict]]
    actions: list[PreferredProviderGroupUserListActionsItem | str]
    params: list[PreferredProviderGroupUserListParamsItem | PreferredProviderGroupUserListParamsItemDict]

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.pending_request_list_actions_item import PendingRequestListActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_metadata import ListMetadata, ListMetadataDict
    from ..models.pending_request import PendingRequest, PendingRequestDict


class PendingRequestList(_m.BaseModel):
    """Requests providers made for a work order, newest first.

    Example:
        {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 5101, 'active': True,
            'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'user': {'id': 9001, 'first_name': 'Luis',
            'last_name': 'Ortega'}}]}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four).
        results (list[PendingRequest]):
        open_request (PendingRequest | None): A provider's request to take a routed work order, possibly with a counter-
            offer (different pay, schedule or expenses). The work order embeds these under `requests`.
        actions (list[PendingRequestListActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        metadata: ListMetadata,
        results: list[PendingRequest],
        open_request: PendingRequest | Unset = UNSET,
        actions: list[PendingRequestListActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)
        self._set("open_request", open_request)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415
        from ..models.pending_request import PendingRequest  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(PendingRequest)), True, False),
            "open_request": _m.Field(_m.Model(PendingRequest), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PendingRequestListActionsItem)), False, False),
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
    def results(self) -> list[PendingRequest]:
        return cast("list[PendingRequest]", self._get("results"))

    @results.setter
    def results(self, value: list[PendingRequest]) -> None:
        self._set("results", value)

    @property
    def open_request(self) -> PendingRequest | None:
        """A provider's request to take a routed work order, possibly with a counter-offer (different pay,
        schedule or expenses). The work order embeds these under `requests`."""
        return cast("PendingRequest | None", self._get("open_request"))

    @open_request.setter
    def open_request(self, value: PendingRequest | None) -> None:
        self._set("open_request", value)

    @property
    def actions(self) -> list[PendingRequestListActionsItem] | None:
        return cast("list[PendingRequestListActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PendingRequestListActionsItem] | None) -> None:
        self._set("actions", value)


class PendingRequestListDict(TypedDict, total=False):
    """:class:`PendingRequestList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[PendingRequest | PendingRequestDict]]
    open_request: PendingRequest | PendingRequestDict
    actions: list[PendingRequestListActionsItem | str]

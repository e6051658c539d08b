from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact, ContactDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class ContactList(_m.BaseModel):
    """Contacts of a work order, the work order manager included (read-only).

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 611, 'role': 'Project
            manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example', 'phone': '6125550101'},
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'ext': '12', 'notes':
            'Store manager, available 8am-5pm weekdays.'}], 'actions': ['edit']}

    Attributes:
        results (list[Contact]):
        correlation_id (str | None): Request id to quote to support.
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
        actions (list[str] | None): What the caller may do with the list (`edit` when contacts may be changed).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[Contact],
        correlation_id: str | Unset = UNSET,
        metadata: ListMetadata | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("correlation_id", correlation_id)
        self._set("metadata", metadata)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(_m.List(_m.Model(Contact)), True, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[Contact]:
        return cast("list[Contact]", self._get("results"))

    @results.setter
    def results(self, value: list[Contact]) -> None:
        self._set("results", value)

    @property
    def correlation_id(self) -> str | None:
        """Request id to quote to support."""
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

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
        """What the caller may do with the list (`edit` when contacts may be changed)."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class ContactListDict(TypedDict, total=False):
    """:class:`ContactList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[Contact | ContactDict]]
    correlation_id: str
    metadata: ListMetadata | ListMetadataDict
    actions: list[str]

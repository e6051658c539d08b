from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField, CustomFieldDict
    from ..models.custom_field_category import CustomFieldCategory, CustomFieldCategoryDict
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CustomFieldList(_m.BaseModel):
    """Custom fields of a work order, grouped by category.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1, 'name': 'Buyer Fields',
            'role': 'buyer', 'results': [{'id': 129, 'name': 'Store Number', 'type': 'text', 'role': 'buyer', 'value':
            '5521', 'flags': ['required']}]}, {'id': 2, 'name': 'Provider Fields', 'role': 'assigned_provider', 'results':
            [{'id': 130, 'name': 'Serial Number', 'type': 'text', 'role': 'assigned_provider', 'value': None, 'flags':
            ['required', 'required_during_checkin']}]}]}

    Attributes:
        results (list[CustomFieldCategory | CustomField]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
    """

    __slots__ = ()

    def __init__(
        self, *, results: list[CustomFieldCategory | CustomField], metadata: ListMetadata | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.custom_field_category import CustomFieldCategory  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(
                _m.List(_m.Union((_m.Model(CustomFieldCategory), _m.Model(CustomField)))), True, False
            ),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CustomFieldCategory | CustomField]:
        return cast("list[CustomFieldCategory | CustomField]", self._get("results"))

    @results.setter
    def results(self, value: list[CustomFieldCategory | CustomField]) -> None:
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


class CustomFieldListDict(TypedDict, total=False):
    """:class:`CustomFieldList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[CustomFieldCategory | CustomFieldCategoryDict | CustomField | CustomFieldDict]]
    metadata: ListMetadata | ListMetadataDict

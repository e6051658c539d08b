from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
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
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`).
        results (list[CustomFieldCategory]):
    """

    __slots__ = ()

    def __init__(self, *, metadata: ListMetadata, results: list[CustomFieldCategory]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("metadata", metadata)
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.custom_field_category import CustomFieldCategory  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "metadata": _m.Field(_m.Model(ListMetadata), True, False),
            "results": _m.Field(_m.List(_m.Model(CustomFieldCategory)), True, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def metadata(self) -> ListMetadata:
        """Pagination metadata of every page-based list envelope (`metadata` + `results`)."""
        return cast("ListMetadata", self._get("metadata"))

    @metadata.setter
    def metadata(self, value: ListMetadata) -> None:
        self._set("metadata", value)

    @property
    def results(self) -> list[CustomFieldCategory]:
        return cast("list[CustomFieldCategory]", self._get("results"))

    @results.setter
    def results(self, value: list[CustomFieldCategory]) -> None:
        self._set("results", value)


class CustomFieldListDict(TypedDict, total=False):
    """:class:`CustomFieldList` as plain data (JSON keys); accepted wherever the model is sent."""

    metadata: Required[ListMetadata | ListMetadataDict]
    results: Required[list[CustomFieldCategory | CustomFieldCategoryDict]]

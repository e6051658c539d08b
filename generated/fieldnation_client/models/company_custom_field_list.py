from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_custom_field import CompanyCustomField, CompanyCustomFieldDict
    from ..models.company_custom_field_category import (
        CompanyCustomFieldCategory,
        CompanyCustomFieldCategoryDict,
    )
    from ..models.list_metadata import ListMetadata, ListMetadataDict


class CompanyCustomFieldList(_m.BaseModel):
    """Answer of `GET /custom-fields`: the field definitions, grouped by category or as a flat list.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1, 'name': 'Site details',
            'role': 'buyer', 'results': [{'id': 302, 'name': 'Store number', 'type': 'text', 'role': 'buyer', 'flags':
            ['required', 'seen_by_provider']}, {'id': 303, 'name': 'Ladder required', 'type': 'predefined', 'options':
            ['Yes', 'No'], 'role': 'buyer'}]}]}

    Attributes:
        results (list[CompanyCustomFieldCategory | CompanyCustomField]):
        metadata (ListMetadata | None): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        results: list[CompanyCustomFieldCategory | CompanyCustomField],
        metadata: ListMetadata | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)
        self._set("metadata", metadata)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.company_custom_field import CompanyCustomField  # noqa: PLC0415
        from ..models.company_custom_field_category import CompanyCustomFieldCategory  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        return {
            "results": _m.Field(
                _m.List(_m.Union((_m.Model(CompanyCustomFieldCategory), _m.Model(CompanyCustomField)))),
                True,
                False,
            ),
            "metadata": _m.Field(_m.Model(ListMetadata), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[CompanyCustomFieldCategory | CompanyCustomField]:
        return cast("list[CompanyCustomFieldCategory | CompanyCustomField]", self._get("results"))

    @results.setter
    def results(self, value: list[CompanyCustomFieldCategory | CompanyCustomField]) -> None:
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


class CompanyCustomFieldListDict(TypedDict, total=False):
    """:class:`CompanyCustomFieldList` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[
        list[
            CompanyCustomFieldCategory
            | CompanyCustomFieldCategoryDict
            | CompanyCustomField
            | CompanyCustomFieldDict
        ]
    ]
    metadata: ListMetadata | ListMetadataDict

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_field_category import CustomFieldCategory
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="CustomFieldList")


@_attrs_define
class CustomFieldList:
    """Custom fields of a work order, grouped by category.

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 1, 'name': 'Buyer Fields',
            'role': 'buyer', 'results': [{'id': 129, 'name': 'Store Number', 'type': 'text', 'role': 'buyer', 'value':
            '5521', 'flags': ['required']}]}, {'id': 2, 'name': 'Provider Fields', 'role': 'assigned_provider', 'results':
            [{'id': 130, 'name': 'Serial Number', 'type': 'text', 'role': 'assigned_provider', 'value': None, 'flags':
            ['required', 'required_during_checkin']}]}]}

    Attributes:
        metadata (ListMetadata): Pagination metadata of every page-based list envelope (`metadata` + `results`). The
            playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's example
            omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total': 42,
            'page': 1, 'pages': 2, 'per_page': 25}.
        results (list[CustomFieldCategory]):
    """

    metadata: ListMetadata
    results: list[CustomFieldCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"metadata": metadata, "results": results})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_category import CustomFieldCategory  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CustomFieldCategory.from_dict(results_item_data)

            results.append(results_item)

        custom_field_list = cls(metadata=metadata, results=results)

        custom_field_list.additional_properties = d
        return custom_field_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

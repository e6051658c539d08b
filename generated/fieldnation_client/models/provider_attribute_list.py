from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.provider_attribute import ProviderAttribute


T = TypeVar("T", bound="ProviderAttributeList")


@_attrs_define
class ProviderAttributeList:
    """One page of a provider's attributes.

    Example:
        {'data': [{'talent_pool_provider_attribute_id': '9a1e4c3b-2f7d-4e58-b6a0-1c2d3e4f5a6b', 'name': 'pay_rate',
            'value': '65.00'}], 'pagination': {'next_cursor': None, 'prev_cursor': None, 'limit': 20, 'has_next_page':
            False, 'has_prev_page': False}}

    Attributes:
        data (list[ProviderAttribute]):
        pagination (CursorPagination): Pagination of the newer, UUID-based resources (`data` + `pagination`). The
            playground pages show every field; the talent pool groups guide's example shows only `has_next_page`, so that is
            the one field required. Example: {'next_cursor': 'eyJzb3J0VmFsdWUiOjEwLCJpZCI6MTB9', 'prev_cursor': None,
            'limit': 20, 'has_next_page': True, 'has_prev_page': False}.
    """

    data: list[ProviderAttribute]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"data": data, "pagination": pagination})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cursor_pagination import CursorPagination  # noqa: PLC0415
        from ..models.provider_attribute import ProviderAttribute  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ProviderAttribute.from_dict(data_item_data)

            data.append(data_item)

        pagination = CursorPagination.from_dict(d.pop("pagination"))

        provider_attribute_list = cls(data=data, pagination=pagination)

        provider_attribute_list.additional_properties = d
        return provider_attribute_list

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

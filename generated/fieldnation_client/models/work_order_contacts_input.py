from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="WorkOrderContactsInput")


@_attrs_define
class WorkOrderContactsInput:
    """Contacts to add to the work order, in the `{results: [...]}` envelope of the contacts guide; each item is the body
    of `POST /workorders/{work_order_id}/contacts`.

        Example:
            {'results': [{'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'notes': 'Store
                manager, available 8am-5pm weekdays.'}]}

        Attributes:
            results (list[ContactInput]):
    """

    results: list[ContactInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_input import ContactInput  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ContactInput.from_dict(results_item_data)

            results.append(results_item)

        work_order_contacts_input = cls(results=results)

        work_order_contacts_input.additional_properties = d
        return work_order_contacts_input

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

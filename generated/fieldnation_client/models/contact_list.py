from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """Contacts of a work order, the work order manager included (read-only).

    Example:
        {'metadata': {'total': 2, 'page': 1, 'pages': 1, 'per_page': 25}, 'results': [{'id': 611, 'role': 'Project
            manager', 'name': 'Dana Whitfield', 'email': 'dana.whitfield@northstar-retail.example', 'phone': '6125550101'},
            {'id': 610, 'role': 'Location Contact', 'name': 'Maria Lopez', 'phone': '+1-612-555-0143', 'ext': '12', 'notes':
            'Store manager, available 8am-5pm weekdays.'}], 'actions': ['edit']}

    Attributes:
        results (list[Contact]):
        correlation_id (str | Unset): Request id to quote to support.
        metadata (ListMetadata | Unset): Pagination metadata of every page-based list envelope (`metadata` + `results`).
            The playground and the API basics guide show `total`, `page`, `pages` and `per_page`; the clients guide's
            example omits `pages`, so only `total` is required (the local sandbox always sends all four). Example: {'total':
            42, 'page': 1, 'pages': 2, 'per_page': 25}.
        actions (list[str] | Unset): What the caller may do with the list (`edit` when contacts may be changed).
    """

    results: list[Contact]
    correlation_id: str | Unset = UNSET
    metadata: ListMetadata | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        correlation_id = self.correlation_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Contact.from_dict(results_item_data)

            results.append(results_item)

        correlation_id = d.pop("correlation_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMetadata.from_dict(_metadata)

        actions = cast(list[str], d.pop("actions", UNSET))

        contact_list = cls(results=results, correlation_id=correlation_id, metadata=metadata, actions=actions)

        contact_list.additional_properties = d
        return contact_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_custom_field_value_input import WorkOrderCustomFieldValueInput


T = TypeVar("T", bound="WorkOrderCustomFieldsInputResultsItem")


@_attrs_define
class WorkOrderCustomFieldsInputResultsItem:
    """
    Attributes:
        results (list[WorkOrderCustomFieldValueInput]):
        id (int | Unset): Category id (optional; fields are found by their own id).
    """

    results: list[WorkOrderCustomFieldValueInput]
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"results": results})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_order_custom_field_value_input import WorkOrderCustomFieldValueInput  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = WorkOrderCustomFieldValueInput.from_dict(results_item_data)

            results.append(results_item)

        id = d.pop("id", UNSET)

        work_order_custom_fields_input_results_item = cls(results=results, id=id)

        work_order_custom_fields_input_results_item.additional_properties = d
        return work_order_custom_fields_input_results_item

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

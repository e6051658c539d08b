from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_carrier_input_name import ShipmentCarrierInputName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentCarrierInput")


@_attrs_define
class ShipmentCarrierInput:
    """Carrier details sent when creating or updating a shipment.

    Example:
        {'name': 'other', 'other': 'ABC Shipping', 'tracking': '10025A45'}

    Attributes:
        name (ShipmentCarrierInputName | Unset): Carrier code. The guide calls the name case-insensitive and sends
            `FedEx`; both spellings are accepted (stored lower case).
        other (str | Unset): Carrier name; required when `name` is `other`.
        tracking (str | Unset): Tracking number.
    """

    name: ShipmentCarrierInputName | Unset = UNSET
    other: str | Unset = UNSET
    tracking: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        other = self.other

        tracking = self.tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if other is not UNSET:
            field_dict["other"] = other
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: ShipmentCarrierInputName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ShipmentCarrierInputName(_name)

        other = d.pop("other", UNSET)

        tracking = d.pop("tracking", UNSET)

        shipment_carrier_input = cls(name=name, other=other, tracking=tracking)

        shipment_carrier_input.additional_properties = d
        return shipment_carrier_input

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

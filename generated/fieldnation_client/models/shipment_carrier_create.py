from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_carrier_create_name import ShipmentCarrierCreateName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentCarrierCreate")


@_attrs_define
class ShipmentCarrierCreate:
    """Carrier details required when a shipment is created.

    Example:
        {'name': 'other', 'other': 'ABC Shipping', 'tracking': '10025A45'}

    Attributes:
        name (ShipmentCarrierCreateName): Carrier code. The guide calls the name case-insensitive and sends `FedEx`;
            both spellings are accepted (stored lower case).
        tracking (str): Tracking number.
        other (str | Unset): Carrier name; required when `name` is `other`.
    """

    name: ShipmentCarrierCreateName
    tracking: str
    other: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        tracking = self.tracking

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name, "tracking": tracking})
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = ShipmentCarrierCreateName(d.pop("name"))

        tracking = d.pop("tracking")

        other = d.pop("other", UNSET)

        shipment_carrier_create = cls(name=name, tracking=tracking, other=other)

        shipment_carrier_create.additional_properties = d
        return shipment_carrier_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_carrier_name import ShipmentCarrierName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="ShipmentCarrier")


@_attrs_define
class ShipmentCarrier:
    """Who carries the shipment and how to track it.

    Example:
        {'name': 'fedex', 'tracking': '123456789012'}

    Attributes:
        name (ShipmentCarrierName | Unset): Carrier code; `other` means the carrier is named in `other`.
        other (str | Unset): Carrier name when `name` is `other`.
        tracking (str | Unset): Tracking number given by the carrier.
        link_href (str | Unset): Tracking link the API derives from carrier and tracking number.
        arrival (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        arrived (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    name: ShipmentCarrierName | Unset = UNSET
    other: str | Unset = UNSET
    tracking: str | Unset = UNSET
    link_href: str | Unset = UNSET
    arrival: DateObject | Unset = UNSET
    arrived: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        other = self.other

        tracking = self.tracking

        link_href = self.link_href

        arrival: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arrival, Unset):
            arrival = self.arrival.to_dict()

        arrived: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arrived, Unset):
            arrived = self.arrived.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if other is not UNSET:
            field_dict["other"] = other
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if link_href is not UNSET:
            field_dict["link_href"] = link_href
        if arrival is not UNSET:
            field_dict["arrival"] = arrival
        if arrived is not UNSET:
            field_dict["arrived"] = arrived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: ShipmentCarrierName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ShipmentCarrierName(_name)

        other = d.pop("other", UNSET)

        tracking = d.pop("tracking", UNSET)

        link_href = d.pop("link_href", UNSET)

        _arrival = d.pop("arrival", UNSET)
        arrival: DateObject | Unset
        if isinstance(_arrival, Unset):
            arrival = UNSET
        else:
            arrival = DateObject.from_dict(_arrival)

        _arrived = d.pop("arrived", UNSET)
        arrived: DateObject | Unset
        if isinstance(_arrived, Unset):
            arrived = UNSET
        else:
            arrived = DateObject.from_dict(_arrived)

        shipment_carrier = cls(
            name=name, other=other, tracking=tracking, link_href=link_href, arrival=arrival, arrived=arrived
        )

        shipment_carrier.additional_properties = d
        return shipment_carrier

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

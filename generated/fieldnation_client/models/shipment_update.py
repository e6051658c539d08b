from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_direction_input import ShipmentDirectionInput
from ..models.shipment_status_input import ShipmentStatusInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shipment_address import ShipmentAddress
    from ..models.shipment_carrier_input import ShipmentCarrierInput
    from ..models.shipment_update_task import ShipmentUpdateTask


T = TypeVar("T", bound="ShipmentUpdate")


@_attrs_define
class ShipmentUpdate:
    """Body of `PUT /workorders/{work_order_id}/shipments/{shipment_id}`. Every field is optional; only those sent change.
    Accepts the same alternatives as `ShipmentInput`.

        Example:
            {'carrier': {'name': 'fedex', 'tracking': '123456789013'}, 'status': 'Arrived'}

        Attributes:
            name (str | Unset):
            direction (ShipmentDirectionInput | Unset): Direction of a shipment on input. The spaced values are the API's;
                the underscore spellings appear in the guide's examples and are accepted as aliases. Example: to site.
            carrier (ShipmentCarrierInput | Unset): Carrier details sent when creating or updating a shipment. Example:
                {'name': 'other', 'other': 'ABC Shipping', 'tracking': '10025A45'}.
            tracking_number (str | Unset): Guide spelling of `carrier.tracking`; accepted as an alias.
            location (ShipmentAddress | Unset): Destination of a shipment sent somewhere other than the site or the
                provider. Example: {'address1': '123 Site Rd', 'city': 'Austin', 'state': 'TX', 'zip': '78701', 'country':
                'US'}.
            task_id (int | Unset):
            task (ShipmentUpdateTask | Unset):
            status (ShipmentStatusInput | Unset): Delivery status on input. `New`, `En Route`, `Arrived`, `Error` and `Lost`
                are the values of the generated clients' model (and of responses); the guide's `pending`, `in_transit`,
                `delivered` and `delayed` are accepted as aliases (pending -> New, in_transit/delayed -> En Route, delivered ->
                Arrived). Example: Arrived.
    """

    name: str | Unset = UNSET
    direction: ShipmentDirectionInput | Unset = UNSET
    carrier: ShipmentCarrierInput | Unset = UNSET
    tracking_number: str | Unset = UNSET
    location: ShipmentAddress | Unset = UNSET
    task_id: int | Unset = UNSET
    task: ShipmentUpdateTask | Unset = UNSET
    status: ShipmentStatusInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        tracking_number = self.tracking_number

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        task_id = self.task_id

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if direction is not UNSET:
            field_dict["direction"] = direction
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if location is not UNSET:
            field_dict["location"] = location
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task is not UNSET:
            field_dict["task"] = task
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shipment_address import ShipmentAddress  # noqa: PLC0415
        from ..models.shipment_carrier_input import ShipmentCarrierInput  # noqa: PLC0415
        from ..models.shipment_update_task import ShipmentUpdateTask  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: ShipmentDirectionInput | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ShipmentDirectionInput(_direction)

        _carrier = d.pop("carrier", UNSET)
        carrier: ShipmentCarrierInput | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = ShipmentCarrierInput.from_dict(_carrier)

        tracking_number = d.pop("tracking_number", UNSET)

        _location = d.pop("location", UNSET)
        location: ShipmentAddress | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ShipmentAddress.from_dict(_location)

        task_id = d.pop("task_id", UNSET)

        _task = d.pop("task", UNSET)
        task: ShipmentUpdateTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ShipmentUpdateTask.from_dict(_task)

        _status = d.pop("status", UNSET)
        status: ShipmentStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ShipmentStatusInput(_status)

        shipment_update = cls(
            name=name,
            direction=direction,
            carrier=carrier,
            tracking_number=tracking_number,
            location=location,
            task_id=task_id,
            task=task,
            status=status,
        )

        shipment_update.additional_properties = d
        return shipment_update

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

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
    from ..models.shipment_carrier_create import ShipmentCarrierCreate
    from ..models.shipment_input_task import ShipmentInputTask


T = TypeVar("T", bound="ShipmentInput")


@_attrs_define
class ShipmentInput:
    """Body of `POST /workorders/{work_order_id}/shipments`. Underscore directions (`to_site`), as written in Field
    Nation's guide, are accepted besides the API's spaced values.

        Example:
            {'name': 'Replacement POS terminal', 'direction': 'to site', 'carrier': {'name': 'fedex', 'tracking':
                '123456789012'}}

        Attributes:
            direction (ShipmentDirectionInput): Direction of a shipment on input. The spaced values are the API's; the
                underscore spellings appear in the guide's examples and are accepted as aliases. Example: to site.
            carrier (ShipmentCarrierCreate): Carrier details required when a shipment is created. Example: {'name': 'other',
                'other': 'ABC Shipping', 'tracking': '10025A45'}.
            name (str | Unset): What is being shipped.
            description (str | Unset): The shipments guide's name for `name` (its create example sends `description`); one
                of the two is required.
            location (ShipmentAddress | Unset): Destination of a shipment sent somewhere other than the site or the
                provider. Example: {'address1': '123 Site Rd', 'city': 'Austin', 'state': 'TX', 'zip': '78701', 'country':
                'US'}.
            task_id (int | Unset): Task the shipment belongs to (0 or absent for none).
            task (ShipmentInputTask | Unset):
            status (ShipmentStatusInput | Unset): Delivery status on input. `New`, `En Route`, `Arrived`, `Error` and `Lost`
                are the values of the generated clients' model (and of responses); the guide's `pending`, `in_transit`,
                `delivered` and `delayed` are accepted as aliases (pending -> New, in_transit/delayed -> En Route, delivered ->
                Arrived). Example: Arrived.
    """

    direction: ShipmentDirectionInput
    carrier: ShipmentCarrierCreate
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    location: ShipmentAddress | Unset = UNSET
    task_id: int | Unset = UNSET
    task: ShipmentInputTask | Unset = UNSET
    status: ShipmentStatusInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction.value

        carrier = self.carrier.to_dict()

        name = self.name

        description = self.description

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
        field_dict.update({"direction": direction, "carrier": carrier})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
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
        from ..models.shipment_carrier_create import ShipmentCarrierCreate  # noqa: PLC0415
        from ..models.shipment_input_task import ShipmentInputTask  # noqa: PLC0415

        d = dict(src_dict)
        direction = ShipmentDirectionInput(d.pop("direction"))

        carrier = ShipmentCarrierCreate.from_dict(d.pop("carrier"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _location = d.pop("location", UNSET)
        location: ShipmentAddress | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ShipmentAddress.from_dict(_location)

        task_id = d.pop("task_id", UNSET)

        _task = d.pop("task", UNSET)
        task: ShipmentInputTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ShipmentInputTask.from_dict(_task)

        _status = d.pop("status", UNSET)
        status: ShipmentStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ShipmentStatusInput(_status)

        shipment_input = cls(
            direction=direction,
            carrier=carrier,
            name=name,
            description=description,
            location=location,
            task_id=task_id,
            task=task,
            status=status,
        )

        shipment_input.additional_properties = d
        return shipment_input

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

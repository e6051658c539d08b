from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_actions_item import ShipmentActionsItem
from ..models.shipment_direction import ShipmentDirection
from ..models.shipment_status import ShipmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.shipment_address import ShipmentAddress
    from ..models.shipment_carrier import ShipmentCarrier
    from ..models.shipment_task import ShipmentTask
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """A shipment of parts or equipment tied to a work order.

    Example:
        {'id': 216, 'user': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'name': 'Replacement POS
            terminal', 'direction': 'to site', 'carrier': {'name': 'fedex', 'tracking': '123456789012', 'link_href':
            'https://www.fedex.com/fedextrack/?trknbr=123456789012'}, 'created': {'utc': '2026-06-28 15:20:00'}, 'status':
            'En Route', 'actions': ['edit', 'delete']}

    Attributes:
        id (int):
        user (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        name (str | Unset): What is being shipped.
        direction (ShipmentDirection | Unset): Where the shipment goes. The Android client's model lists `to site` and
            `from site`; the older reference and the guide also name `to provider` and `to other location`. The guide's list
            example writes them with underscores (`to_site`); both spellings are described.
        carrier (ShipmentCarrier | str | Unset): The carrier object (playground, older reference, clients); the
            shipments guide's list example shows the carrier as a plain name (`"FedEx"`) with `tracking_number` beside it,
            so a string is accepted too.
        tracking_number (str | Unset): Tracking number at the top level (the shipments guide's list example).
        description (str | Unset): What is being shipped (the shipments guide's name for `name`).
        location (ShipmentAddress | Unset): Destination of a shipment sent somewhere other than the site or the
            provider. Example: {'address1': '123 Site Rd', 'city': 'Austin', 'state': 'TX', 'zip': '78701', 'country':
            'US'}.
        task (ShipmentTask | Unset): Task the shipment belongs to, if any.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        status (ShipmentStatus | Unset): Delivery status as the generated clients model it (capitalised, with a space);
            the shipments guide documents `pending`, `in_transit`, `delivered`, `delayed`, which are described too.
        actions (list[ShipmentActionsItem] | Unset): What the caller may do with this shipment.
    """

    id: int
    user: UserRef | Unset = UNSET
    name: str | Unset = UNSET
    direction: ShipmentDirection | Unset = UNSET
    carrier: ShipmentCarrier | str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    description: str | Unset = UNSET
    location: ShipmentAddress | Unset = UNSET
    task: ShipmentTask | Unset = UNSET
    created: DateObject | Unset = UNSET
    status: ShipmentStatus | Unset = UNSET
    actions: list[ShipmentActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shipment_carrier import ShipmentCarrier  # noqa: PLC0415

        id = self.id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        name = self.name

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        carrier: dict[str, Any] | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        elif isinstance(self.carrier, ShipmentCarrier):
            carrier = self.carrier.to_dict()
        else:
            carrier = self.carrier

        tracking_number = self.tracking_number

        description = self.description

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if user is not UNSET:
            field_dict["user"] = user
        if name is not UNSET:
            field_dict["name"] = name
        if direction is not UNSET:
            field_dict["direction"] = direction
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if task is not UNSET:
            field_dict["task"] = task
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.shipment_address import ShipmentAddress  # noqa: PLC0415
        from ..models.shipment_carrier import ShipmentCarrier  # noqa: PLC0415
        from ..models.shipment_task import ShipmentTask  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        name = d.pop("name", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: ShipmentDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ShipmentDirection(_direction)

        def _parse_carrier(data: object) -> ShipmentCarrier | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                carrier_type_0 = ShipmentCarrier.from_dict(data)

                return carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShipmentCarrier | str | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        tracking_number = d.pop("tracking_number", UNSET)

        description = d.pop("description", UNSET)

        _location = d.pop("location", UNSET)
        location: ShipmentAddress | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ShipmentAddress.from_dict(_location)

        _task = d.pop("task", UNSET)
        task: ShipmentTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ShipmentTask.from_dict(_task)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _status = d.pop("status", UNSET)
        status: ShipmentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ShipmentStatus(_status)

        _actions = d.pop("actions", UNSET)
        actions: list[ShipmentActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ShipmentActionsItem(actions_item_data)

                actions.append(actions_item)

        shipment = cls(
            id=id,
            user=user,
            name=name,
            direction=direction,
            carrier=carrier,
            tracking_number=tracking_number,
            description=description,
            location=location,
            task=task,
            created=created,
            status=status,
            actions=actions,
        )

        shipment.additional_properties = d
        return shipment

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

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.shipment_actions_item import ShipmentActionsItem
from ..models.shipment_direction import ShipmentDirection
from ..models.shipment_status import ShipmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.shipment_address import ShipmentAddress, ShipmentAddressDict
    from ..models.shipment_carrier import ShipmentCarrier, ShipmentCarrierDict
    from ..models.shipment_task import ShipmentTask, ShipmentTaskDict
    from ..models.user_ref import UserRef, UserRefDict


class Shipment(_m.BaseModel):
    """A shipment of parts or equipment tied to a work order.

    Example:
        {'id': 216, 'user': {'id': 7001, 'first_name': 'Dana', 'last_name': 'Whitfield'}, 'name': 'Replacement POS
            terminal', 'direction': 'to site', 'carrier': {'name': 'fedex', 'tracking': '123456789012', 'link_href':
            'https://www.fedex.com/fedextrack/?trknbr=123456789012'}, 'created': {'utc': '2026-06-28 15:20:00'}, 'status':
            'En Route', 'actions': ['edit', 'delete']}

    Attributes:
        id (int):
        user (UserRef | None): A user as embedded in other objects (author, assignee, manager).
        name (str | None): What is being shipped.
        direction (ShipmentDirection | None): Where the shipment goes. The Android client's model lists `to site` and
            `from site`; the older reference and the guide also name `to provider` and `to other location`. The guide's list
            example writes them with underscores (`to_site`); both spellings are described.
        carrier (ShipmentCarrier | str | None): The carrier object (playground, older reference, clients); the shipments
            guide's list example shows the carrier as a plain name (`"FedEx"`) with `tracking_number` beside it, so a string
            is accepted too.
        tracking_number (str | None): Tracking number at the top level (the shipments guide's list example).
        description (str | None): What is being shipped (the shipments guide's name for `name`).
        location (ShipmentAddress | None): Destination of a shipment sent somewhere other than the site or the provider.
        task (ShipmentTask | None): Task the shipment belongs to, if any.
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        status (ShipmentStatus | None): Delivery status as the generated clients model it (capitalised, with a space);
            the shipments guide documents `pending`, `in_transit`, `delivered`, `delayed`, which are described too.
        actions (list[ShipmentActionsItem] | None): What the caller may do with this shipment.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        user: UserRef | Unset = UNSET,
        name: str | Unset = UNSET,
        direction: ShipmentDirection | Unset = UNSET,
        carrier: ShipmentCarrier | str | Unset = UNSET,
        tracking_number: str | Unset = UNSET,
        description: str | Unset = UNSET,
        location: ShipmentAddress | Unset = UNSET,
        task: ShipmentTask | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        status: ShipmentStatus | Unset = UNSET,
        actions: list[ShipmentActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("user", user)
        self._set("name", name)
        self._set("direction", direction)
        self._set("carrier", carrier)
        self._set("tracking_number", tracking_number)
        self._set("description", description)
        self._set("location", location)
        self._set("task", task)
        self._set("created", created)
        self._set("status", status)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.shipment_address import ShipmentAddress  # noqa: PLC0415
        from ..models.shipment_carrier import ShipmentCarrier  # noqa: PLC0415
        from ..models.shipment_task import ShipmentTask  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "user": _m.Field(_m.Model(UserRef), False, False),
            "name": _m.Field(_m.STR, False, False),
            "direction": _m.Field(_m.Enum(ShipmentDirection), False, False),
            "carrier": _m.Field(_m.Union((_m.Model(ShipmentCarrier), _m.STR)), False, False),
            "tracking_number": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "location": _m.Field(_m.Model(ShipmentAddress), False, False),
            "task": _m.Field(_m.Model(ShipmentTask), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "status": _m.Field(_m.Enum(ShipmentStatus), False, False),
            "actions": _m.Field(_m.List(_m.Enum(ShipmentActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def user(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("user"))

    @user.setter
    def user(self, value: UserRef | None) -> None:
        self._set("user", value)

    @property
    def name(self) -> str | None:
        """What is being shipped."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def direction(self) -> ShipmentDirection | None:
        """Where the shipment goes. The Android client's model lists `to site` and `from site`; the older
        reference and the guide also name `to provider` and `to other location`. The guide's list example
        writes them with underscores (`to_site`); both spellings are described."""
        return cast("ShipmentDirection | None", self._get("direction"))

    @direction.setter
    def direction(self, value: ShipmentDirection | None) -> None:
        self._set("direction", value)

    @property
    def carrier(self) -> ShipmentCarrier | str | None:
        """The carrier object (playground, older reference, clients); the shipments guide's list example shows
        the carrier as a plain name (`"FedEx"`) with `tracking_number` beside it, so a string is accepted
        too."""
        return cast("ShipmentCarrier | str | None", self._get("carrier"))

    @carrier.setter
    def carrier(self, value: ShipmentCarrier | str | None) -> None:
        self._set("carrier", value)

    @property
    def tracking_number(self) -> str | None:
        """Tracking number at the top level (the shipments guide's list example)."""
        return cast("str | None", self._get("tracking_number"))

    @tracking_number.setter
    def tracking_number(self, value: str | None) -> None:
        self._set("tracking_number", value)

    @property
    def description(self) -> str | None:
        """What is being shipped (the shipments guide's name for `name`)."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def location(self) -> ShipmentAddress | None:
        """Destination of a shipment sent somewhere other than the site or the provider."""
        return cast("ShipmentAddress | None", self._get("location"))

    @location.setter
    def location(self, value: ShipmentAddress | None) -> None:
        self._set("location", value)

    @property
    def task(self) -> ShipmentTask | None:
        """Task the shipment belongs to, if any."""
        return cast("ShipmentTask | None", self._get("task"))

    @task.setter
    def task(self, value: ShipmentTask | None) -> None:
        self._set("task", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def status(self) -> ShipmentStatus | None:
        """Delivery status as the generated clients model it (capitalised, with a space); the shipments guide
        documents `pending`, `in_transit`, `delivered`, `delayed`, which are described too."""
        return cast("ShipmentStatus | None", self._get("status"))

    @status.setter
    def status(self, value: ShipmentStatus | None) -> None:
        self._set("status", value)

    @property
    def actions(self) -> list[ShipmentActionsItem] | None:
        """What the caller may do with this shipment."""
        return cast("list[ShipmentActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[ShipmentActionsItem] | None) -> None:
        self._set("actions", value)


class ShipmentDict(TypedDict, total=False):
    """:class:`Shipment` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    user: UserRef | UserRefDict
    name: str
    direction: ShipmentDirection | str
    carrier: ShipmentCarrier | ShipmentCarrierDict | str
    tracking_number: str
    description: str
    location: ShipmentAddress | ShipmentAddressDict
    task: ShipmentTask | ShipmentTaskDict
    created: DateObject | DateObjectDict
    status: ShipmentStatus | str
    actions: list[ShipmentActionsItem | str]

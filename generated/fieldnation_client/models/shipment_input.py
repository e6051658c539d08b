from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.shipment_direction_input import ShipmentDirectionInput
from ..models.shipment_status_input import ShipmentStatusInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shipment_address import ShipmentAddress, ShipmentAddressDict
    from ..models.shipment_carrier_create import ShipmentCarrierCreate, ShipmentCarrierCreateDict
    from ..models.shipment_input_task import ShipmentInputTask, ShipmentInputTaskDict


class ShipmentInput(_m.BaseModel):
    """Body of `POST /workorders/{work_order_id}/shipments`. Underscore directions (`to_site`), as written in Field
    Nation's guide, are accepted besides the API's spaced values.

        Example:
            {'name': 'Replacement POS terminal', 'direction': 'to site', 'carrier': {'name': 'fedex', 'tracking':
                '123456789012'}}

        Attributes:
            direction (ShipmentDirectionInput): Direction of a shipment on input. The spaced values are the API's; the
                underscore spellings appear in the guide's examples and are accepted as aliases.
            carrier (ShipmentCarrierCreate): Carrier details required when a shipment is created.
            name (str | None): What is being shipped.
            description (str | None): The shipments guide's name for `name` (its create example sends `description`); one of
                the two is required.
            location (ShipmentAddress | None): Destination of a shipment sent somewhere other than the site or the provider.
            task_id (int | None): Task the shipment belongs to (0 or absent for none).
            task (ShipmentInputTask | None):
            status (ShipmentStatusInput | None): Delivery status on input. `New`, `En Route`, `Arrived`, `Error` and `Lost`
                are the values of the generated clients' model (and of responses); the guide's `pending`, `in_transit`,
                `delivered` and `delayed` are accepted as aliases (pending -> New, in_transit/delayed -> En Route, delivered ->
                Arrived).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        direction: ShipmentDirectionInput,
        carrier: ShipmentCarrierCreate,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        location: ShipmentAddress | Unset = UNSET,
        task_id: int | Unset = UNSET,
        task: ShipmentInputTask | Unset = UNSET,
        status: ShipmentStatusInput | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("direction", direction)
        self._set("carrier", carrier)
        self._set("name", name)
        self._set("description", description)
        self._set("location", location)
        self._set("task_id", task_id)
        self._set("task", task)
        self._set("status", status)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.shipment_address import ShipmentAddress  # noqa: PLC0415
        from ..models.shipment_carrier_create import ShipmentCarrierCreate  # noqa: PLC0415
        from ..models.shipment_input_task import ShipmentInputTask  # noqa: PLC0415

        return {
            "direction": _m.Field(_m.Enum(ShipmentDirectionInput), True, False),
            "carrier": _m.Field(_m.Model(ShipmentCarrierCreate), True, False),
            "name": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "location": _m.Field(_m.Model(ShipmentAddress), False, False),
            "task_id": _m.Field(_m.INT, False, False),
            "task": _m.Field(_m.Model(ShipmentInputTask), False, False),
            "status": _m.Field(_m.Enum(ShipmentStatusInput), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def direction(self) -> ShipmentDirectionInput:
        """Direction of a shipment on input. The spaced values are the API's; the underscore spellings appear
        in the guide's examples and are accepted as aliases."""
        return cast("ShipmentDirectionInput", self._get("direction"))

    @direction.setter
    def direction(self, value: ShipmentDirectionInput) -> None:
        self._set("direction", value)

    @property
    def carrier(self) -> ShipmentCarrierCreate:
        """Carrier details required when a shipment is created."""
        return cast("ShipmentCarrierCreate", self._get("carrier"))

    @carrier.setter
    def carrier(self, value: ShipmentCarrierCreate) -> None:
        self._set("carrier", value)

    @property
    def name(self) -> str | None:
        """What is being shipped."""
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def description(self) -> str | None:
        """The shipments guide's name for `name` (its create example sends `description`); one of the two is
        required."""
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
    def task_id(self) -> int | None:
        """Task the shipment belongs to (0 or absent for none)."""
        return cast("int | None", self._get("task_id"))

    @task_id.setter
    def task_id(self, value: int | None) -> None:
        self._set("task_id", value)

    @property
    def task(self) -> ShipmentInputTask | None:
        return cast("ShipmentInputTask | None", self._get("task"))

    @task.setter
    def task(self, value: ShipmentInputTask | None) -> None:
        self._set("task", value)

    @property
    def status(self) -> ShipmentStatusInput | None:
        """Delivery status on input. `New`, `En Route`, `Arrived`, `Error` and `Lost` are the values of the
        generated clients' model (and of responses); the guide's `pending`, `in_transit`, `delivered` and
        `delayed` are accepted as aliases (pending -> New, in_transit/delayed -> En Route, delivered ->
        Arrived)."""
        return cast("ShipmentStatusInput | None", self._get("status"))

    @status.setter
    def status(self, value: ShipmentStatusInput | None) -> None:
        self._set("status", value)


class ShipmentInputDict(TypedDict, total=False):
    """:class:`ShipmentInput` as plain data (JSON keys); accepted wherever the model is sent."""

    direction: Required[ShipmentDirectionInput | str]
    carrier: Required[ShipmentCarrierCreate | ShipmentCarrierCreateDict]
    name: str
    description: str
    location: ShipmentAddress | ShipmentAddressDict
    task_id: int
    task: ShipmentInputTask | ShipmentInputTaskDict
    status: ShipmentStatusInput | str

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.shipment_direction_input import ShipmentDirectionInput
from ..models.shipment_status_input import ShipmentStatusInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shipment_address import ShipmentAddress, ShipmentAddressDict
    from ..models.shipment_carrier_input import ShipmentCarrierInput, ShipmentCarrierInputDict
    from ..models.shipment_update_task import ShipmentUpdateTask, ShipmentUpdateTaskDict


class ShipmentUpdate(_m.BaseModel):
    """Body of `PUT /workorders/{work_order_id}/shipments/{shipment_id}`. Every field is optional; only those sent change.
    Accepts the same alternatives as `ShipmentInput`.

        Example:
            {'carrier': {'name': 'fedex', 'tracking': '123456789013'}, 'status': 'Arrived'}

        Attributes:
            name (str | None):
            direction (ShipmentDirectionInput | None): Direction of a shipment on input. The spaced values are the API's;
                the underscore spellings appear in the guide's examples and are accepted as aliases.
            carrier (ShipmentCarrierInput | None): Carrier details sent when creating or updating a shipment.
            tracking_number (str | None): Guide spelling of `carrier.tracking`; accepted as an alias.
            location (ShipmentAddress | None): Destination of a shipment sent somewhere other than the site or the provider.
            task_id (int | None):
            task (ShipmentUpdateTask | None):
            status (ShipmentStatusInput | None): Delivery status on input. `New`, `En Route`, `Arrived`, `Error` and `Lost`
                are the values of the generated clients' model (and of responses); the guide's `pending`, `in_transit`,
                `delivered` and `delayed` are accepted as aliases (pending -> New, in_transit/delayed -> En Route, delivered ->
                Arrived).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        direction: ShipmentDirectionInput | Unset = UNSET,
        carrier: ShipmentCarrierInput | Unset = UNSET,
        tracking_number: str | Unset = UNSET,
        location: ShipmentAddress | Unset = UNSET,
        task_id: int | Unset = UNSET,
        task: ShipmentUpdateTask | Unset = UNSET,
        status: ShipmentStatusInput | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("direction", direction)
        self._set("carrier", carrier)
        self._set("tracking_number", tracking_number)
        self._set("location", location)
        self._set("task_id", task_id)
        self._set("task", task)
        self._set("status", status)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.shipment_address import ShipmentAddress  # noqa: PLC0415
        from ..models.shipment_carrier_input import ShipmentCarrierInput  # noqa: PLC0415
        from ..models.shipment_update_task import ShipmentUpdateTask  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, False, False),
            "direction": _m.Field(_m.Enum(ShipmentDirectionInput), False, False),
            "carrier": _m.Field(_m.Model(ShipmentCarrierInput), False, False),
            "tracking_number": _m.Field(_m.STR, False, False),
            "location": _m.Field(_m.Model(ShipmentAddress), False, False),
            "task_id": _m.Field(_m.INT, False, False),
            "task": _m.Field(_m.Model(ShipmentUpdateTask), False, False),
            "status": _m.Field(_m.Enum(ShipmentStatusInput), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def direction(self) -> ShipmentDirectionInput | None:
        """Direction of a shipment on input. The spaced values are the API's; the underscore spellings appear
        in the guide's examples and are accepted as aliases."""
        return cast("ShipmentDirectionInput | None", self._get("direction"))

    @direction.setter
    def direction(self, value: ShipmentDirectionInput | None) -> None:
        self._set("direction", value)

    @property
    def carrier(self) -> ShipmentCarrierInput | None:
        """Carrier details sent when creating or updating a shipment."""
        return cast("ShipmentCarrierInput | None", self._get("carrier"))

    @carrier.setter
    def carrier(self, value: ShipmentCarrierInput | None) -> None:
        self._set("carrier", value)

    @property
    def tracking_number(self) -> str | None:
        """Guide spelling of `carrier.tracking`; accepted as an alias."""
        return cast("str | None", self._get("tracking_number"))

    @tracking_number.setter
    def tracking_number(self, value: str | None) -> None:
        self._set("tracking_number", value)

    @property
    def location(self) -> ShipmentAddress | None:
        """Destination of a shipment sent somewhere other than the site or the provider."""
        return cast("ShipmentAddress | None", self._get("location"))

    @location.setter
    def location(self, value: ShipmentAddress | None) -> None:
        self._set("location", value)

    @property
    def task_id(self) -> int | None:
        return cast("int | None", self._get("task_id"))

    @task_id.setter
    def task_id(self, value: int | None) -> None:
        self._set("task_id", value)

    @property
    def task(self) -> ShipmentUpdateTask | None:
        return cast("ShipmentUpdateTask | None", self._get("task"))

    @task.setter
    def task(self, value: ShipmentUpdateTask | None) -> None:
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


class ShipmentUpdateDict(TypedDict, total=False):
    """:class:`ShipmentUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    name: str
    direction: ShipmentDirectionInput | str
    carrier: ShipmentCarrierInput | ShipmentCarrierInputDict
    tracking_number: str
    location: ShipmentAddress | ShipmentAddressDict
    task_id: int
    task: ShipmentUpdateTask | ShipmentUpdateTaskDict
    status: ShipmentStatusInput | str

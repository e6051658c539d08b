from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..models.shipment_carrier_create_name import ShipmentCarrierCreateName
from ..types import UNSET


class ShipmentCarrierCreate(_m.BaseModel):
    """Carrier details required when a shipment is created.

    Example:
        {'name': 'other', 'other': 'ABC Shipping', 'tracking': '10025A45'}

    Attributes:
        name (ShipmentCarrierCreateName):
        tracking (Any): Tracking number.
        other (Any): Carrier name; required when `name` is `other`.
    """

    __slots__ = ()

    def __init__(self, *, name: ShipmentCarrierCreateName, tracking: Any, other: Any = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("tracking", tracking)
        self._set("other", other)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "name": _m.Field(_m.Enum(ShipmentCarrierCreateName), True, False),
            "tracking": _m.Field(_m.ANY, True, False),
            "other": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> ShipmentCarrierCreateName:
        return cast("ShipmentCarrierCreateName", self._get("name"))

    @name.setter
    def name(self, value: ShipmentCarrierCreateName) -> None:
        self._set("name", value)

    @property
    def tracking(self) -> Any:
        """Tracking number."""
        return self._get("tracking")

    @tracking.setter
    def tracking(self, value: Any) -> None:
        self._set("tracking", value)

    @property
    def other(self) -> Any:
        """Carrier name; required when `name` is `other`."""
        return self._get("other")

    @other.setter
    def other(self, value: Any) -> None:
        self._set("other", value)

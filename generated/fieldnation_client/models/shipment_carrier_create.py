from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.shipment_carrier_create_name import ShipmentCarrierCreateName
from ..types import UNSET, Unset


class ShipmentCarrierCreate(_m.BaseModel):
    """Carrier details required when a shipment is created.

    Example:
        {'name': 'other', 'other': 'ABC Shipping', 'tracking': '10025A45'}

    Attributes:
        name (ShipmentCarrierCreateName): Carrier code. The guide calls the name case-insensitive and sends `FedEx`;
            both spellings are accepted (stored lower case).
        tracking (str): Tracking number.
        other (str | None): Carrier name; required when `name` is `other`.
    """

    __slots__ = ()

    def __init__(self, *, name: ShipmentCarrierCreateName, tracking: str, other: str | Unset = UNSET) -> None:
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
            "tracking": _m.Field(_m.STR, True, False),
            "other": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> ShipmentCarrierCreateName:
        """Carrier code. The guide calls the name case-insensitive and sends `FedEx`; both spellings are
        accepted (stored lower case)."""
        return cast("ShipmentCarrierCreateName", self._get("name"))

    @name.setter
    def name(self, value: ShipmentCarrierCreateName) -> None:
        self._set("name", value)

    @property
    def tracking(self) -> str:
        """Tracking number."""
        return cast("str", self._get("tracking"))

    @tracking.setter
    def tracking(self, value: str) -> None:
        self._set("tracking", value)

    @property
    def other(self) -> str | None:
        """Carrier name; required when `name` is `other`."""
        return cast("str | None", self._get("other"))

    @other.setter
    def other(self, value: str | None) -> None:
        self._set("other", value)


class ShipmentCarrierCreateDict(TypedDict, total=False):
    """:class:`ShipmentCarrierCreate` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[ShipmentCarrierCreateName | str]
    tracking: Required[str]
    other: str

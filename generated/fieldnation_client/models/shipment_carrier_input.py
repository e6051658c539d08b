from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..models.shipment_carrier_input_name import ShipmentCarrierInputName
from ..types import UNSET, Unset


class ShipmentCarrierInput(_m.BaseModel):
    """Carrier details sent when creating or updating a shipment.

    Example:
        {'name': 'other', 'other': 'ABC Shipping', 'tracking': '10025A45'}

    Attributes:
        name (ShipmentCarrierInputName | None): Carrier code. The guide calls the name case-insensitive and sends
            `FedEx`; both spellings are accepted (stored lower case).
        other (str | None): Carrier name; required when `name` is `other`.
        tracking (str | None): Tracking number.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: ShipmentCarrierInputName | Unset = UNSET,
        other: str | Unset = UNSET,
        tracking: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("other", other)
        self._set("tracking", tracking)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "name": _m.Field(_m.Enum(ShipmentCarrierInputName), False, False),
            "other": _m.Field(_m.STR, False, False),
            "tracking": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> ShipmentCarrierInputName | None:
        """Carrier code. The guide calls the name case-insensitive and sends `FedEx`; both spellings are
        accepted (stored lower case)."""
        return cast("ShipmentCarrierInputName | None", self._get("name"))

    @name.setter
    def name(self, value: ShipmentCarrierInputName | None) -> None:
        self._set("name", value)

    @property
    def other(self) -> str | None:
        """Carrier name; required when `name` is `other`."""
        return cast("str | None", self._get("other"))

    @other.setter
    def other(self, value: str | None) -> None:
        self._set("other", value)

    @property
    def tracking(self) -> str | None:
        """Tracking number."""
        return cast("str | None", self._get("tracking"))

    @tracking.setter
    def tracking(self, value: str | None) -> None:
        self._set("tracking", value)


class ShipmentCarrierInputDict(TypedDict, total=False):
    """:class:`ShipmentCarrierInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: ShipmentCarrierInputName | str
    other: str
    tracking: str

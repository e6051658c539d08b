from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.shipment_carrier_name import ShipmentCarrierName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class ShipmentCarrier(_m.BaseModel):
    """Who carries the shipment and how to track it.

    Example:
        {'name': 'fedex', 'tracking': '123456789012'}

    Attributes:
        name (ShipmentCarrierName | None): Carrier code; `other` means the carrier is named in `other`.
        other (str | None): Carrier name when `name` is `other`.
        tracking (str | None): Tracking number given by the carrier.
        link_href (str | None): Tracking link the API derives from carrier and tracking number.
        arrival (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        arrived (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: ShipmentCarrierName | Unset = UNSET,
        other: str | Unset = UNSET,
        tracking: str | Unset = UNSET,
        link_href: str | Unset = UNSET,
        arrival: DateObject | Unset = UNSET,
        arrived: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("other", other)
        self._set("tracking", tracking)
        self._set("link_href", link_href)
        self._set("arrival", arrival)
        self._set("arrived", arrived)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "name": _m.Field(_m.Enum(ShipmentCarrierName), False, False),
            "other": _m.Field(_m.STR, False, False),
            "tracking": _m.Field(_m.STR, False, False),
            "link_href": _m.Field(_m.STR, False, False),
            "arrival": _m.Field(_m.Model(DateObject), False, False),
            "arrived": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> ShipmentCarrierName | None:
        """Carrier code; `other` means the carrier is named in `other`."""
        return cast("ShipmentCarrierName | None", self._get("name"))

    @name.setter
    def name(self, value: ShipmentCarrierName | None) -> None:
        self._set("name", value)

    @property
    def other(self) -> str | None:
        """Carrier name when `name` is `other`."""
        return cast("str | None", self._get("other"))

    @other.setter
    def other(self, value: str | None) -> None:
        self._set("other", value)

    @property
    def tracking(self) -> str | None:
        """Tracking number given by the carrier."""
        return cast("str | None", self._get("tracking"))

    @tracking.setter
    def tracking(self, value: str | None) -> None:
        self._set("tracking", value)

    @property
    def link_href(self) -> str | None:
        """Tracking link the API derives from carrier and tracking number."""
        return cast("str | None", self._get("link_href"))

    @link_href.setter
    def link_href(self, value: str | None) -> None:
        self._set("link_href", value)

    @property
    def arrival(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("arrival"))

    @arrival.setter
    def arrival(self, value: DateObject | None) -> None:
        self._set("arrival", value)

    @property
    def arrived(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("arrived"))

    @arrived.setter
    def arrived(self, value: DateObject | None) -> None:
        self._set("arrived", value)


class ShipmentCarrierDict(TypedDict, total=False):
    """:class:`ShipmentCarrier` as plain data (JSON keys); accepted wherever the model is sent."""

    name: ShipmentCarrierName | str
    other: str
    tracking: str
    link_href: str
    arrival: DateObject | DateObjectDict
    arrived: DateObject | DateObjectDict

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ShipmentAddress(_m.BaseModel):
    """Destination of a shipment sent somewhere other than the site or the provider.

    Example:
        {'address1': '123 Site Rd', 'city': 'Austin', 'state': 'TX', 'zip': '78701', 'country': 'US'}

    Attributes:
        name (str | None):
        address1 (str | None):
        address2 (str | None):
        city (str | None):
        state (str | None):
        zip_ (str | None):
        country (str | None): Two- or three-letter country code (both are seen in Field Nation examples).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("address1", address1)
        self._set("address2", address2)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "name": _m.Field(_m.STR, False, False),
            "address1": _m.Field(_m.STR, False, False),
            "address2": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
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
    def address1(self) -> str | None:
        return cast("str | None", self._get("address1"))

    @address1.setter
    def address1(self, value: str | None) -> None:
        self._set("address1", value)

    @property
    def address2(self) -> str | None:
        return cast("str | None", self._get("address2"))

    @address2.setter
    def address2(self, value: str | None) -> None:
        self._set("address2", value)

    @property
    def city(self) -> str | None:
        return cast("str | None", self._get("city"))

    @city.setter
    def city(self, value: str | None) -> None:
        self._set("city", value)

    @property
    def state(self) -> str | None:
        return cast("str | None", self._get("state"))

    @state.setter
    def state(self, value: str | None) -> None:
        self._set("state", value)

    @property
    def zip_(self) -> str | None:
        return cast("str | None", self._get("zip"))

    @zip_.setter
    def zip_(self, value: str | None) -> None:
        self._set("zip", value)

    @property
    def country(self) -> str | None:
        """Two- or three-letter country code (both are seen in Field Nation examples)."""
        return cast("str | None", self._get("country"))

    @country.setter
    def country(self, value: str | None) -> None:
        self._set("country", value)


class ShipmentAddressDict(TypedDict, total=False):
    """:class:`ShipmentAddress` as plain data (JSON keys); accepted wherever the model is sent."""

    name: str
    address1: str
    address2: str
    city: str
    state: str
    zip: str
    country: str

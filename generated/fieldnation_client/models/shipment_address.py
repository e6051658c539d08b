from __future__ import annotations

from typing import Any

from .. import _models as _m
from ..types import UNSET


class ShipmentAddress(_m.BaseModel):
    """Destination of a shipment sent somewhere other than the site or the provider.

    Example:
        {'address1': '123 Site Rd', 'city': 'Austin', 'state': 'TX', 'zip': '78701', 'country': 'US'}

    Attributes:
        name (Any):
        address1 (Any):
        address2 (Any):
        city (Any):
        state (Any):
        zip_ (Any):
        country (Any): Two- or three-letter country code (both are seen in Field Nation examples).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Any = UNSET,
        address1: Any = UNSET,
        address2: Any = UNSET,
        city: Any = UNSET,
        state: Any = UNSET,
        zip_: Any = UNSET,
        country: Any = UNSET,
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
            "name": _m.Field(_m.ANY, False, False),
            "address1": _m.Field(_m.ANY, False, False),
            "address2": _m.Field(_m.ANY, False, False),
            "city": _m.Field(_m.ANY, False, False),
            "state": _m.Field(_m.ANY, False, False),
            "zip": _m.Field(_m.ANY, False, False),
            "country": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def address1(self) -> Any:
        return self._get("address1")

    @address1.setter
    def address1(self, value: Any) -> None:
        self._set("address1", value)

    @property
    def address2(self) -> Any:
        return self._get("address2")

    @address2.setter
    def address2(self, value: Any) -> None:
        self._set("address2", value)

    @property
    def city(self) -> Any:
        return self._get("city")

    @city.setter
    def city(self, value: Any) -> None:
        self._set("city", value)

    @property
    def state(self) -> Any:
        return self._get("state")

    @state.setter
    def state(self, value: Any) -> None:
        self._set("state", value)

    @property
    def zip_(self) -> Any:
        return self._get("zip")

    @zip_.setter
    def zip_(self, value: Any) -> None:
        self._set("zip", value)

    @property
    def country(self) -> Any:
        """Two- or three-letter country code (both are seen in Field Nation examples)."""
        return self._get("country")

    @country.setter
    def country(self, value: Any) -> None:
        self._set("country", value)

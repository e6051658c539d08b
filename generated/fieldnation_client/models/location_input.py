from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.location_input_mode import LocationInputMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.location_input_coordinates import LocationInputCoordinates, LocationInputCoordinatesDict


class LocationInput(_m.BaseModel):
    """The location to set on a work order. For `custom`, send the full address (the platform replaces the whole address,
    so send every field even when changing one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is
    enough.

        Example:
            {'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254 Commerce Lane', 'address2':
                'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip': '55402', 'country': 'US', 'type': {'id': 1}}

        Attributes:
            id (int | None): Saved location id, the templates guide's shorthand for `mode: location` with
                `saved_location.id`.
            mode (LocationInputMode | None): `custom` (an address), `location` (a saved location), `remote`. `site` is what
                the 2026-02-09 playground's create example sends with a full address; the sandbox stores it as `custom` (our
                convention; Field Nation's handling of it is not documented).
            display_name (str | None):
            address1 (str | None):
            address2 (str | None):
            city (str | None):
            state (str | None):
            zip_ (str | None):
            country (str | None): ISO 3166 country code, two or three letters.
            type_ (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            saved_location (IdRef | None): A reference sent in request bodies (`{"id": 62}`).
            coordinates (LocationInputCoordinates | None): Optional position to use instead of geocoding the address.
            save_location (str | bool | None): Save this custom address as a saved location (under this name).
            save_location_group (int | str | None): Group of the saved location created by `save_location`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        mode: LocationInputMode | Unset = UNSET,
        display_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        type_: IdRef | Unset = UNSET,
        saved_location: IdRef | Unset = UNSET,
        coordinates: LocationInputCoordinates | Unset = UNSET,
        save_location: str | bool | Unset = UNSET,
        save_location_group: int | str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("mode", mode)
        self._set("display_name", display_name)
        self._set("address1", address1)
        self._set("address2", address2)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)
        self._set("type", type_)
        self._set("saved_location", saved_location)
        self._set("coordinates", coordinates)
        self._set("save_location", save_location)
        self._set("save_location_group", save_location_group)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.location_input_coordinates import LocationInputCoordinates  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "mode": _m.Field(_m.Enum(LocationInputMode), False, False),
            "display_name": _m.Field(_m.STR, False, False),
            "address1": _m.Field(_m.STR, False, False),
            "address2": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Model(IdRef), False, False),
            "saved_location": _m.Field(_m.Model(IdRef), False, False),
            "coordinates": _m.Field(_m.Model(LocationInputCoordinates), False, False),
            "save_location": _m.Field(_m.Union((_m.STR, _m.BOOL)), False, False),
            "save_location_group": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Saved location id, the templates guide's shorthand for `mode: location` with `saved_location.id`."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def mode(self) -> LocationInputMode | None:
        """`custom` (an address), `location` (a saved location), `remote`. `site` is what the 2026-02-09
        playground's create example sends with a full address; the sandbox stores it as `custom` (our
        convention; Field Nation's handling of it is not documented)."""
        return cast("LocationInputMode | None", self._get("mode"))

    @mode.setter
    def mode(self, value: LocationInputMode | None) -> None:
        self._set("mode", value)

    @property
    def display_name(self) -> str | None:
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

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
        """ISO 3166 country code, two or three letters."""
        return cast("str | None", self._get("country"))

    @country.setter
    def country(self, value: str | None) -> None:
        self._set("country", value)

    @property
    def type_(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("type"))

    @type_.setter
    def type_(self, value: IdRef | None) -> None:
        self._set("type", value)

    @property
    def saved_location(self) -> IdRef | None:
        """A reference sent in request bodies (`{"id": 62}`)."""
        return cast("IdRef | None", self._get("saved_location"))

    @saved_location.setter
    def saved_location(self, value: IdRef | None) -> None:
        self._set("saved_location", value)

    @property
    def coordinates(self) -> LocationInputCoordinates | None:
        """Optional position to use instead of geocoding the address."""
        return cast("LocationInputCoordinates | None", self._get("coordinates"))

    @coordinates.setter
    def coordinates(self, value: LocationInputCoordinates | None) -> None:
        self._set("coordinates", value)

    @property
    def save_location(self) -> str | bool | None:
        """Save this custom address as a saved location (under this name)."""
        return cast("str | bool | None", self._get("save_location"))

    @save_location.setter
    def save_location(self, value: str | bool | None) -> None:
        self._set("save_location", value)

    @property
    def save_location_group(self) -> int | str | None:
        """Group of the saved location created by `save_location`."""
        return cast("int | str | None", self._get("save_location_group"))

    @save_location_group.setter
    def save_location_group(self, value: int | str | None) -> None:
        self._set("save_location_group", value)


class LocationInputDict(TypedDict, total=False):
    """:class:`LocationInput` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    mode: LocationInputMode | str
    display_name: str
    address1: str
    address2: str
    city: str
    state: str
    zip: str
    country: str
    type: IdRef | IdRefDict
    saved_location: IdRef | IdRefDict
    coordinates: LocationInputCoordinates | LocationInputCoordinatesDict
    save_location: str | bool
    save_location_group: int | str

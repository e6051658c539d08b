from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef, IdRefDict
    from ..models.stored_location_contact import StoredLocationContact, StoredLocationContactDict


class StoredLocationInput(_m.BaseModel):
    """Body of the create request.

    Example:
        {'name': 'New Saved Location', 'display_name': 'ABC Corp', 'address1': '123 Main Street', 'address2': 'Building
            4C', 'city': 'Phoenix', 'state': 'AZ', 'zip': '85001', 'country': 'US', 'type': 1, 'contact': {'name': 'Office
            Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}, 'group': 'AZ Locations',
            'client': 301}

    Attributes:
        name (str): Identifier used to search saved locations.
        address1 (str):
        city (str):
        country (str): ISO 3166 country code, two or three letters.
        display_name (str | None):
        address2 (str | None):
        state (str | None):
        zip_ (str | None):
        type_ (int | IdRef | None): Location type id (1 = Commercial).
        contact (StoredLocationContact | None): The person to ask for at a saved location.
        group (str | None): Name of the location group.
        client (int | IdRef | None): Client ID.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        address1: str,
        city: str,
        country: str,
        display_name: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        type_: int | IdRef | Unset = UNSET,
        contact: StoredLocationContact | Unset = UNSET,
        group: str | Unset = UNSET,
        client: int | IdRef | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("address1", address1)
        self._set("city", city)
        self._set("country", country)
        self._set("display_name", display_name)
        self._set("address2", address2)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("type", type_)
        self._set("contact", contact)
        self._set("group", group)
        self._set("client", client)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.stored_location_contact import StoredLocationContact  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "address1": _m.Field(_m.STR, True, False),
            "city": _m.Field(_m.STR, True, False),
            "country": _m.Field(_m.STR, True, False),
            "display_name": _m.Field(_m.STR, False, False),
            "address2": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Union((_m.INT, _m.Model(IdRef))), False, False),
            "contact": _m.Field(_m.Model(StoredLocationContact), False, False),
            "group": _m.Field(_m.STR, False, False),
            "client": _m.Field(_m.Union((_m.INT, _m.Model(IdRef))), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        """Identifier used to search saved locations."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def address1(self) -> str:
        return cast("str", self._get("address1"))

    @address1.setter
    def address1(self, value: str) -> None:
        self._set("address1", value)

    @property
    def city(self) -> str:
        return cast("str", self._get("city"))

    @city.setter
    def city(self, value: str) -> None:
        self._set("city", value)

    @property
    def country(self) -> str:
        """ISO 3166 country code, two or three letters."""
        return cast("str", self._get("country"))

    @country.setter
    def country(self, value: str) -> None:
        self._set("country", value)

    @property
    def display_name(self) -> str | None:
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

    @property
    def address2(self) -> str | None:
        return cast("str | None", self._get("address2"))

    @address2.setter
    def address2(self, value: str | None) -> None:
        self._set("address2", value)

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
    def type_(self) -> int | IdRef | None:
        """Location type id (1 = Commercial)."""
        return cast("int | IdRef | None", self._get("type"))

    @type_.setter
    def type_(self, value: int | IdRef | None) -> None:
        self._set("type", value)

    @property
    def contact(self) -> StoredLocationContact | None:
        """The person to ask for at a saved location."""
        return cast("StoredLocationContact | None", self._get("contact"))

    @contact.setter
    def contact(self, value: StoredLocationContact | None) -> None:
        self._set("contact", value)

    @property
    def group(self) -> str | None:
        """Name of the location group."""
        return cast("str | None", self._get("group"))

    @group.setter
    def group(self, value: str | None) -> None:
        self._set("group", value)

    @property
    def client(self) -> int | IdRef | None:
        """Client ID."""
        return cast("int | IdRef | None", self._get("client"))

    @client.setter
    def client(self, value: int | IdRef | None) -> None:
        self._set("client", value)


class StoredLocationInputDict(TypedDict, total=False):
    """:class:`StoredLocationInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    address1: Required[str]
    city: Required[str]
    country: Required[str]
    display_name: str
    address2: str
    state: str
    zip: str
    type: int | IdRef | IdRefDict
    contact: StoredLocationContact | StoredLocationContactDict
    group: str
    client: int | IdRef | IdRefDict

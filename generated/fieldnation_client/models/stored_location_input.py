from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.stored_location_contact import StoredLocationContact


class StoredLocationInput(_m.BaseModel):
    """Body of the create request.

    Example:
        {'name': 'New Saved Location', 'display_name': 'ABC Corp', 'address1': '123 Main Street', 'address2': 'Building
            4C', 'city': 'Phoenix', 'state': 'AZ', 'zip': '85001', 'country': 'US', 'type': 1, 'contact': {'name': 'Office
            Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}, 'group': 'AZ Locations',
            'client': 301}

    Attributes:
        name (Any): Identifier used to search saved locations.
        address1 (Any):
        city (Any):
        country (Any): ISO 3166 country code, two or three letters.
        display_name (Any):
        address2 (Any):
        state (Any):
        zip_ (Any):
        type_ (int | IdRef | None): Location type id (1 = Commercial).
        contact (StoredLocationContact | None): The person to ask for at a saved location.
        group (Any): Name of the location group.
        client (int | IdRef | None): Client ID.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: Any,
        address1: Any,
        city: Any,
        country: Any,
        display_name: Any = UNSET,
        address2: Any = UNSET,
        state: Any = UNSET,
        zip_: Any = UNSET,
        type_: int | IdRef | Unset = UNSET,
        contact: StoredLocationContact | Unset = UNSET,
        group: Any = UNSET,
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
            "name": _m.Field(_m.ANY, True, False),
            "address1": _m.Field(_m.ANY, True, False),
            "city": _m.Field(_m.ANY, True, False),
            "country": _m.Field(_m.ANY, True, False),
            "display_name": _m.Field(_m.ANY, False, False),
            "address2": _m.Field(_m.ANY, False, False),
            "state": _m.Field(_m.ANY, False, False),
            "zip": _m.Field(_m.ANY, False, False),
            "type": _m.Field(_m.Union((_m.INT, _m.Model(IdRef))), False, False),
            "contact": _m.Field(_m.Model(StoredLocationContact), False, False),
            "group": _m.Field(_m.ANY, False, False),
            "client": _m.Field(_m.Union((_m.INT, _m.Model(IdRef))), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> Any:
        """Identifier used to search saved locations."""
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
    def city(self) -> Any:
        return self._get("city")

    @city.setter
    def city(self, value: Any) -> None:
        self._set("city", value)

    @property
    def country(self) -> Any:
        """ISO 3166 country code, two or three letters."""
        return self._get("country")

    @country.setter
    def country(self, value: Any) -> None:
        self._set("country", value)

    @property
    def display_name(self) -> Any:
        return self._get("display_name")

    @display_name.setter
    def display_name(self, value: Any) -> None:
        self._set("display_name", value)

    @property
    def address2(self) -> Any:
        return self._get("address2")

    @address2.setter
    def address2(self, value: Any) -> None:
        self._set("address2", value)

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
    def group(self) -> Any:
        """Name of the location group."""
        return self._get("group")

    @group.setter
    def group(self, value: Any) -> None:
        self._set("group", value)

    @property
    def client(self) -> int | IdRef | None:
        """Client ID."""
        return cast("int | IdRef | None", self._get("client"))

    @client.setter
    def client(self, value: int | IdRef | None) -> None:
        self._set("client", value)

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.stored_location_actions_item import StoredLocationActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName, IdNameDict
    from ..models.stored_location_attribute import StoredLocationAttribute, StoredLocationAttributeDict
    from ..models.stored_location_contact import StoredLocationContact, StoredLocationContactDict
    from ..models.stored_location_geo import StoredLocationGeo, StoredLocationGeoDict
    from ..models.stored_location_note import StoredLocationNote, StoredLocationNoteDict
    from ..models.stored_location_time_zone import StoredLocationTimeZone, StoredLocationTimeZoneDict


class StoredLocation(_m.BaseModel):
    """A saved location that work orders can point to instead of repeating an address.

    Example:
        {'id': 16326, 'name': 'New Saved Location', 'display_name': 'ABC Corp', 'address1': '123 Main Street',
            'address2': 'Building 4C', 'city': 'Phoenix', 'state': 'AZ', 'zip': '85001', 'country': 'US', 'type': {'id': 1,
            'name': 'Commercial'}, 'group': {'id': 12, 'name': 'AZ Locations'}, 'client': {'id': 301, 'name': 'Northstar
            Retail'}, 'active': True, 'contact': {'name': 'Office Manager', 'email': 'mgr@example.com', 'phone':
            '4805551234', 'phone_ext': ''}, 'time_zone': {'id': 7, 'name': 'America/Phoenix', 'short': 'MST', 'offset': -7},
            'geo': {'latitude': 33.4484, 'longitude': -112.074}, 'actions': ['edit']}

    Attributes:
        id (int):
        name (str): Identifier used to search saved locations; may differ from `display_name`.
        display_name (str | None): Location name shown on work orders.
        address1 (str | None):
        address2 (str | None):
        city (str | None):
        state (str | None):
        zip_ (str | None):
        country (str | None): ISO 3166 country code.
        type_ (IdName | str | None): Location type: `{id, name}` in the object reference, the bare name (`Commercial`)
            in the older reference's list example. Both are accepted.
        group (IdName | None): A reference to another object by id, with its display name when the API returns one.
        client (IdName | None): A reference to another object by id, with its display name when the API returns one.
        company (IdName | None): A reference to another object by id, with its display name when the API returns one.
        active (bool | None):
        contact (StoredLocationContact | None): The person to ask for at a saved location.
        notes (list[StoredLocationNote] | None):
        attributes (list[StoredLocationAttribute] | None):
        time_zone (StoredLocationTimeZone | None): Time zone of a saved location.
        geo (StoredLocationGeo | None): Geocoded coordinates of a saved location.
        actions (list[StoredLocationActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        display_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        type_: IdName | str | Unset = UNSET,
        group: IdName | Unset = UNSET,
        client: IdName | Unset = UNSET,
        company: IdName | Unset = UNSET,
        active: bool | Unset = UNSET,
        contact: StoredLocationContact | Unset = UNSET,
        notes: list[StoredLocationNote] | Unset = UNSET,
        attributes: list[StoredLocationAttribute] | Unset = UNSET,
        time_zone: StoredLocationTimeZone | Unset = UNSET,
        geo: StoredLocationGeo | Unset = UNSET,
        actions: list[StoredLocationActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("display_name", display_name)
        self._set("address1", address1)
        self._set("address2", address2)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)
        self._set("type", type_)
        self._set("group", group)
        self._set("client", client)
        self._set("company", company)
        self._set("active", active)
        self._set("contact", contact)
        self._set("notes", notes)
        self._set("attributes", attributes)
        self._set("time_zone", time_zone)
        self._set("geo", geo)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.stored_location_attribute import StoredLocationAttribute  # noqa: PLC0415
        from ..models.stored_location_contact import StoredLocationContact  # noqa: PLC0415
        from ..models.stored_location_geo import StoredLocationGeo  # noqa: PLC0415
        from ..models.stored_location_note import StoredLocationNote  # noqa: PLC0415
        from ..models.stored_location_time_zone import StoredLocationTimeZone  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "display_name": _m.Field(_m.STR, False, False),
            "address1": _m.Field(_m.STR, False, False),
            "address2": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
            "type": _m.Field(_m.Union((_m.Model(IdName), _m.STR)), False, False),
            "group": _m.Field(_m.Model(IdName), False, False),
            "client": _m.Field(_m.Model(IdName), False, False),
            "company": _m.Field(_m.Model(IdName), False, False),
            "active": _m.Field(_m.BOOL, False, False),
            "contact": _m.Field(_m.Model(StoredLocationContact), False, False),
            "notes": _m.Field(_m.List(_m.Model(StoredLocationNote)), False, False),
            "attributes": _m.Field(_m.List(_m.Model(StoredLocationAttribute)), False, False),
            "time_zone": _m.Field(_m.Model(StoredLocationTimeZone), False, False),
            "geo": _m.Field(_m.Model(StoredLocationGeo), False, False),
            "actions": _m.Field(_m.List(_m.Enum(StoredLocationActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def name(self) -> str:
        """Identifier used to search saved locations; may differ from `display_name`."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def display_name(self) -> str | None:
        """Location name shown on work orders."""
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
        """ISO 3166 country code."""
        return cast("str | None", self._get("country"))

    @country.setter
    def country(self, value: str | None) -> None:
        self._set("country", value)

    @property
    def type_(self) -> IdName | str | None:
        """Location type: `{id, name}` in the object reference, the bare name (`Commercial`) in the older
        reference's list example. Both are accepted."""
        return cast("IdName | str | None", self._get("type"))

    @type_.setter
    def type_(self, value: IdName | str | None) -> None:
        self._set("type", value)

    @property
    def group(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("group"))

    @group.setter
    def group(self, value: IdName | None) -> None:
        self._set("group", value)

    @property
    def client(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("client"))

    @client.setter
    def client(self, value: IdName | None) -> None:
        self._set("client", value)

    @property
    def company(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("company"))

    @company.setter
    def company(self, value: IdName | None) -> None:
        self._set("company", value)

    @property
    def active(self) -> bool | None:
        return cast("bool | None", self._get("active"))

    @active.setter
    def active(self, value: bool | None) -> None:
        self._set("active", value)

    @property
    def contact(self) -> StoredLocationContact | None:
        """The person to ask for at a saved location."""
        return cast("StoredLocationContact | None", self._get("contact"))

    @contact.setter
    def contact(self, value: StoredLocationContact | None) -> None:
        self._set("contact", value)

    @property
    def notes(self) -> list[StoredLocationNote] | None:
        return cast("list[StoredLocationNote] | None", self._get("notes"))

    @notes.setter
    def notes(self, value: list[StoredLocationNote] | None) -> None:
        self._set("notes", value)

    @property
    def attributes(self) -> list[StoredLocationAttribute] | None:
        return cast("list[StoredLocationAttribute] | None", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[StoredLocationAttribute] | None) -> None:
        self._set("attributes", value)

    @property
    def time_zone(self) -> StoredLocationTimeZone | None:
        """Time zone of a saved location."""
        return cast("StoredLocationTimeZone | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: StoredLocationTimeZone | None) -> None:
        self._set("time_zone", value)

    @property
    def geo(self) -> StoredLocationGeo | None:
        """Geocoded coordinates of a saved location."""
        return cast("StoredLocationGeo | None", self._get("geo"))

    @geo.setter
    def geo(self, value: StoredLocationGeo | None) -> None:
        self._set("geo", value)

    @property
    def actions(self) -> list[StoredLocationActionsItem] | None:
        return cast("list[StoredLocationActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[StoredLocationActionsItem] | None) -> None:
        self._set("actions", value)


class StoredLocationDict(TypedDict, total=False):
    """:class:`StoredLocation` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    display_name: str
    address1: str
    address2: str
    city: str
    state: str
    zip: str
    country: str
    type: IdName | IdNameDict | str
    group: IdName | IdNameDict
    client: IdName | IdNameDict
    company: IdName | IdNameDict
    active: bool
    contact: StoredLocationContact | StoredLocationContactDict
    notes: list[StoredLocationNote | StoredLocationNoteDict]
    attributes: list[StoredLocationAttribute | StoredLocationAttributeDict]
    time_zone: StoredLocationTimeZone | StoredLocationTimeZoneDict
    geo: StoredLocationGeo | StoredLocationGeoDict
    actions: list[StoredLocationActionsItem | str]

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stored_location_actions_item import StoredLocationActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName
    from ..models.stored_location_attribute import StoredLocationAttribute
    from ..models.stored_location_contact import StoredLocationContact
    from ..models.stored_location_geo import StoredLocationGeo
    from ..models.stored_location_note import StoredLocationNote
    from ..models.stored_location_time_zone import StoredLocationTimeZone


T = TypeVar("T", bound="StoredLocation")


@_attrs_define
class StoredLocation:
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
        display_name (str | Unset): Location name shown on work orders.
        address1 (str | Unset):
        address2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset): ISO 3166 country code.
        type_ (IdName | str | Unset): Location type: `{id, name}` in the object reference, the bare name (`Commercial`)
            in the older reference's list example. Both are accepted.
        group (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        client (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        company (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
            Example: {'id': 62, 'name': 'Point of Sale'}.
        active (bool | Unset):
        contact (StoredLocationContact | Unset): The person to ask for at a saved location. Example: {'name': 'Office
            Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}.
        notes (list[StoredLocationNote] | Unset):
        attributes (list[StoredLocationAttribute] | Unset):
        time_zone (StoredLocationTimeZone | Unset): Time zone of a saved location. Example: {'id': 7, 'name':
            'America/Phoenix', 'short': 'MST', 'offset': -7}.
        geo (StoredLocationGeo | Unset): Geocoded coordinates of a saved location. Example: {'latitude': 33.4484,
            'longitude': -112.074}.
        actions (list[StoredLocationActionsItem] | Unset):
    """

    id: int
    name: str
    display_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    type_: IdName | str | Unset = UNSET
    group: IdName | Unset = UNSET
    client: IdName | Unset = UNSET
    company: IdName | Unset = UNSET
    active: bool | Unset = UNSET
    contact: StoredLocationContact | Unset = UNSET
    notes: list[StoredLocationNote] | Unset = UNSET
    attributes: list[StoredLocationAttribute] | Unset = UNSET
    time_zone: StoredLocationTimeZone | Unset = UNSET
    geo: StoredLocationGeo | Unset = UNSET
    actions: list[StoredLocationActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_name import IdName  # noqa: PLC0415

        id = self.id

        name = self.name

        display_name = self.display_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, IdName):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        active = self.active

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if type_ is not UNSET:
            field_dict["type"] = type_
        if group is not UNSET:
            field_dict["group"] = group
        if client is not UNSET:
            field_dict["client"] = client
        if company is not UNSET:
            field_dict["company"] = company
        if active is not UNSET:
            field_dict["active"] = active
        if contact is not UNSET:
            field_dict["contact"] = contact
        if notes is not UNSET:
            field_dict["notes"] = notes
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if geo is not UNSET:
            field_dict["geo"] = geo
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.stored_location_attribute import StoredLocationAttribute  # noqa: PLC0415
        from ..models.stored_location_contact import StoredLocationContact  # noqa: PLC0415
        from ..models.stored_location_geo import StoredLocationGeo  # noqa: PLC0415
        from ..models.stored_location_note import StoredLocationNote  # noqa: PLC0415
        from ..models.stored_location_time_zone import StoredLocationTimeZone  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        display_name = d.pop("display_name", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        def _parse_type_(data: object) -> IdName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = IdName.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdName | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _group = d.pop("group", UNSET)
        group: IdName | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = IdName.from_dict(_group)

        _client = d.pop("client", UNSET)
        client: IdName | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = IdName.from_dict(_client)

        _company = d.pop("company", UNSET)
        company: IdName | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = IdName.from_dict(_company)

        active = d.pop("active", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: StoredLocationContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = StoredLocationContact.from_dict(_contact)

        _notes = d.pop("notes", UNSET)
        notes: list[StoredLocationNote] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = StoredLocationNote.from_dict(notes_item_data)

                notes.append(notes_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[StoredLocationAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = StoredLocationAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: StoredLocationTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = StoredLocationTimeZone.from_dict(_time_zone)

        _geo = d.pop("geo", UNSET)
        geo: StoredLocationGeo | Unset
        if isinstance(_geo, Unset):
            geo = UNSET
        else:
            geo = StoredLocationGeo.from_dict(_geo)

        _actions = d.pop("actions", UNSET)
        actions: list[StoredLocationActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = StoredLocationActionsItem(actions_item_data)

                actions.append(actions_item)

        stored_location = cls(
            id=id,
            name=name,
            display_name=display_name,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            type_=type_,
            group=group,
            client=client,
            company=company,
            active=active,
            contact=contact,
            notes=notes,
            attributes=attributes,
            time_zone=time_zone,
            geo=geo,
            actions=actions,
        )

        stored_location.additional_properties = d
        return stored_location

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

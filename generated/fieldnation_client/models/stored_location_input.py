from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.stored_location_contact import StoredLocationContact


T = TypeVar("T", bound="StoredLocationInput")


@_attrs_define
class StoredLocationInput:
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
        display_name (str | Unset):
        address2 (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        type_ (IdRef | int | Unset): Location type id (1 = Commercial).
        contact (StoredLocationContact | Unset): The person to ask for at a saved location. Example: {'name': 'Office
            Manager', 'email': 'mgr@example.com', 'phone': '4805551234', 'phone_ext': ''}.
        group (str | Unset): Name of the location group.
        client (IdRef | int | Unset): Client ID.
    """

    name: str
    address1: str
    city: str
    country: str
    display_name: str | Unset = UNSET
    address2: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    type_: IdRef | int | Unset = UNSET
    contact: StoredLocationContact | Unset = UNSET
    group: str | Unset = UNSET
    client: IdRef | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        address1 = self.address1

        city = self.city

        country = self.country

        display_name = self.display_name

        address2 = self.address2

        state = self.state

        zip_ = self.zip_

        type_: dict[str, Any] | int | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, IdRef):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        group = self.group

        client: dict[str, Any] | int | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, IdRef):
            client = self.client.to_dict()
        else:
            client = self.client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name, "address1": address1, "city": city, "country": country})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contact is not UNSET:
            field_dict["contact"] = contact
        if group is not UNSET:
            field_dict["group"] = group
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.stored_location_contact import StoredLocationContact  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        address1 = d.pop("address1")

        city = d.pop("city")

        country = d.pop("country")

        display_name = d.pop("display_name", UNSET)

        address2 = d.pop("address2", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        def _parse_type_(data: object) -> IdRef | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_1 = IdRef.from_dict(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdRef | int | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: StoredLocationContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = StoredLocationContact.from_dict(_contact)

        group = d.pop("group", UNSET)

        def _parse_client(data: object) -> IdRef | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_1 = IdRef.from_dict(data)

                return client_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdRef | int | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        stored_location_input = cls(
            name=name,
            address1=address1,
            city=city,
            country=country,
            display_name=display_name,
            address2=address2,
            state=state,
            zip_=zip_,
            type_=type_,
            contact=contact,
            group=group,
            client=client,
        )

        stored_location_input.additional_properties = d
        return stored_location_input

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

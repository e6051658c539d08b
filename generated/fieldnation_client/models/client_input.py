from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="ClientInput")


@_attrs_define
class ClientInput:
    """Body of the create request.

    Example:
        {'name': 'Northstar Retail', 'manager': {'id': 7001}, 'print_logo': True, 'address_1': '123 Tech Blvd', 'city':
            'San Francisco', 'state': 'CA', 'zip': '94105', 'country': 'USA', 'location_type': 1, 'about': 'Leading tech
            support provider.', 'website': 'https://northstar-retail.example.com', 'standard_instruction': 'Follow safety
            guidelines.', 'policy_procedure': 'Report all incidents immediately.'}

    Attributes:
        name (str):
        manager (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
        print_logo (bool | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        address1 (str | Unset): Alternative spelling of `address_1`.
        address2 (str | Unset): Alternative spelling of `address_2`.
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset): ISO 3166 country code, two or three letters.
        location_type (int | Unset): Location type id (1 = Commercial).
        about (str | Unset):
        website (str | Unset):
        standard_instruction (str | Unset):
        policy_procedure (str | Unset):
        notes (str | Unset): Free-text notes on the client (the clients guide's create example sends `notes`).
    """

    name: str
    manager: IdRef | Unset = UNSET
    print_logo: bool | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    location_type: int | Unset = UNSET
    about: str | Unset = UNSET
    website: str | Unset = UNSET
    standard_instruction: str | Unset = UNSET
    policy_procedure: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.to_dict()

        print_logo = self.print_logo

        address_1 = self.address_1

        address_2 = self.address_2

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        location_type = self.location_type

        about = self.about

        website = self.website

        standard_instruction = self.standard_instruction

        policy_procedure = self.policy_procedure

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if manager is not UNSET:
            field_dict["manager"] = manager
        if print_logo is not UNSET:
            field_dict["print_logo"] = print_logo
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
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
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if about is not UNSET:
            field_dict["about"] = about
        if website is not UNSET:
            field_dict["website"] = website
        if standard_instruction is not UNSET:
            field_dict["standard_instruction"] = standard_instruction
        if policy_procedure is not UNSET:
            field_dict["policy_procedure"] = policy_procedure
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _manager = d.pop("manager", UNSET)
        manager: IdRef | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = IdRef.from_dict(_manager)

        print_logo = d.pop("print_logo", UNSET)

        address_1 = d.pop("address_1", UNSET)

        address_2 = d.pop("address_2", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        location_type = d.pop("location_type", UNSET)

        about = d.pop("about", UNSET)

        website = d.pop("website", UNSET)

        standard_instruction = d.pop("standard_instruction", UNSET)

        policy_procedure = d.pop("policy_procedure", UNSET)

        notes = d.pop("notes", UNSET)

        client_input = cls(
            name=name,
            manager=manager,
            print_logo=print_logo,
            address_1=address_1,
            address_2=address_2,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            location_type=location_type,
            about=about,
            website=website,
            standard_instruction=standard_instruction,
            policy_procedure=policy_procedure,
            notes=notes,
        )

        client_input.additional_properties = d
        return client_input

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

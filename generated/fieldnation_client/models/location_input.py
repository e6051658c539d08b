from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_input_mode import LocationInputMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.location_input_coordinates import LocationInputCoordinates


T = TypeVar("T", bound="LocationInput")


@_attrs_define
class LocationInput:
    """The location to set on a work order. For `custom`, send the full address (the platform replaces the whole address,
    so send every field even when changing one). For `location`, send `saved_location.id`. For `remote`, `mode` alone is
    enough.

        Example:
            {'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254 Commerce Lane', 'address2':
                'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip': '55402', 'country': 'US', 'type': {'id': 1}}

        Attributes:
            id (int | Unset): Saved location id, the templates guide's shorthand for `mode: location` with
                `saved_location.id`.
            mode (LocationInputMode | Unset): `custom` (an address), `location` (a saved location), `remote`. `site` is what
                the 2026-02-09 playground's create example sends with a full address; it is accepted as `custom`.
            display_name (str | Unset):
            address1 (str | Unset):
            address2 (str | Unset):
            city (str | Unset):
            state (str | Unset):
            zip_ (str | Unset):
            country (str | Unset): ISO 3166 country code, two or three letters.
            type_ (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            saved_location (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            coordinates (LocationInputCoordinates | Unset): Optional position to use instead of geocoding the address.
            save_location (bool | str | Unset): Save this custom address as a saved location (under this name).
            save_location_group (int | str | Unset): Group of the saved location created by `save_location`.
    """

    id: int | Unset = UNSET
    mode: LocationInputMode | Unset = UNSET
    display_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    type_: IdRef | Unset = UNSET
    saved_location: IdRef | Unset = UNSET
    coordinates: LocationInputCoordinates | Unset = UNSET
    save_location: bool | str | Unset = UNSET
    save_location_group: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        display_name = self.display_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        saved_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saved_location, Unset):
            saved_location = self.saved_location.to_dict()

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        save_location: bool | str | Unset
        if isinstance(self.save_location, Unset):
            save_location = UNSET
        else:
            save_location = self.save_location

        save_location_group: int | str | Unset
        if isinstance(self.save_location_group, Unset):
            save_location_group = UNSET
        else:
            save_location_group = self.save_location_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mode is not UNSET:
            field_dict["mode"] = mode
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
        if saved_location is not UNSET:
            field_dict["saved_location"] = saved_location
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if save_location is not UNSET:
            field_dict["save_location"] = save_location
        if save_location_group is not UNSET:
            field_dict["save_location_group"] = save_location_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.location_input_coordinates import LocationInputCoordinates  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: LocationInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = LocationInputMode(_mode)

        display_name = d.pop("display_name", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: IdRef | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IdRef.from_dict(_type_)

        _saved_location = d.pop("saved_location", UNSET)
        saved_location: IdRef | Unset
        if isinstance(_saved_location, Unset):
            saved_location = UNSET
        else:
            saved_location = IdRef.from_dict(_saved_location)

        _coordinates = d.pop("coordinates", UNSET)
        coordinates: LocationInputCoordinates | Unset
        if isinstance(_coordinates, Unset):
            coordinates = UNSET
        else:
            coordinates = LocationInputCoordinates.from_dict(_coordinates)

        def _parse_save_location(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        save_location = _parse_save_location(d.pop("save_location", UNSET))

        def _parse_save_location_group(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        save_location_group = _parse_save_location_group(d.pop("save_location_group", UNSET))

        location_input = cls(
            id=id,
            mode=mode,
            display_name=display_name,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            type_=type_,
            saved_location=saved_location,
            coordinates=coordinates,
            save_location=save_location,
            save_location_group=save_location_group,
        )

        location_input.additional_properties = d
        return location_input

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

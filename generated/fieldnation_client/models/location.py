from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName
    from ..models.location_map import LocationMap
    from ..models.location_validation import LocationValidation
    from ..models.schedule_time_zone import ScheduleTimeZone
    from ..models.work_order_location_coordinates import WorkOrderLocationCoordinates
    from ..models.work_order_location_note import WorkOrderLocationNote
    from ..models.work_order_location_saved_ref import WorkOrderLocationSavedRef


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """Where the work happens. `mode` says which kind: `custom` (an address typed on the work order), `location` (one of
    the company's saved locations, in `saved_location`) or `remote` (no site visit). The address fields hold the
    effective address in every mode that has one.

        Example:
            {'work_order_id': 1001, 'mode': 'custom', 'display_name': 'Northside Office Supply', 'address1': '1254 Commerce
                Lane', 'address2': 'Suite 100', 'city': 'Minneapolis', 'state': 'MN', 'zip': '55402', 'country': 'US',
                'coordinates': {'latitude': 44.8963, 'longitude': -93.2682, 'exact': True}, 'type': {'id': 1, 'name':
                'Commercial'}, 'saved_location': {'id': 0, 'name': '', 'display_name': ''}, 'notes': [], 'time_zone': {'id': 5,
                'name': 'America/Chicago', 'short': 'CDT', 'offset': -5}, 'status_id': 2, 'zoom': '13z', 'actions': ['edit']}

        Attributes:
            work_order_id (int | Unset):
            mode (str | Unset): `custom`, `location` (a saved location) or `remote` in practice. A plain string because the
                playground's location answers show a placeholder string here and answers must not be refused.
            display_name (str | Unset):
            address1 (str | Unset):
            address2 (str | Unset):
            city (str | Unset):
            state (str | Unset):
            zip_ (str | Unset):
            country (str | Unset): ISO 3166 country code, two or three letters (`US` or `USA`); empty for remote work.
            coordinates (WorkOrderLocationCoordinates | Unset): Geographic position of the location. Example: {'latitude':
                44.9778, 'longitude': -93.265, 'exact': True}.
            type_ (IdName | Unset): A reference to another object by id, with its display name when the API returns one.
                Example: {'id': 62, 'name': 'Point of Sale'}.
            saved_location (WorkOrderLocationSavedRef | Unset): The saved location a work order uses (mode `location`). The
                work order answers id 0 and empty strings when it uses no saved location. Example: {'id': 16326, 'name':
                'Northstar Store 00123', 'display_name': 'Northstar Store 00123', 'contact': {'name': 'Front desk', 'phone': '+1
                612 555 0199'}, 'group': {'id': 31, 'name': 'Midwest stores'}}.
            notes (list[WorkOrderLocationNote] | Unset):
            time_zone (ScheduleTimeZone | Unset): Time zone of the work order's location. Example: {'id': 5, 'name':
                'America/Chicago', 'short': 'CDT', 'offset': -5}.
            validation (LocationValidation | Unset): Result of the platform's address check.
            status_id (int | Unset): Status id of the work order.
            correlation_id (str | Unset):
            zoom (str | Unset): Suggested map zoom (for example `13z`).
            map_ (LocationMap | Unset):
            actions (list[str] | Unset):
    """

    work_order_id: int | Unset = UNSET
    mode: str | Unset = UNSET
    display_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    coordinates: WorkOrderLocationCoordinates | Unset = UNSET
    type_: IdName | Unset = UNSET
    saved_location: WorkOrderLocationSavedRef | Unset = UNSET
    notes: list[WorkOrderLocationNote] | Unset = UNSET
    time_zone: ScheduleTimeZone | Unset = UNSET
    validation: LocationValidation | Unset = UNSET
    status_id: int | Unset = UNSET
    correlation_id: str | Unset = UNSET
    zoom: str | Unset = UNSET
    map_: LocationMap | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_order_id = self.work_order_id

        mode = self.mode

        display_name = self.display_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        saved_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saved_location, Unset):
            saved_location = self.saved_location.to_dict()

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        status_id = self.status_id

        correlation_id = self.correlation_id

        zoom = self.zoom

        map_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.map_, Unset):
            map_ = self.map_.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
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
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if type_ is not UNSET:
            field_dict["type"] = type_
        if saved_location is not UNSET:
            field_dict["saved_location"] = saved_location
        if notes is not UNSET:
            field_dict["notes"] = notes
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if validation is not UNSET:
            field_dict["validation"] = validation
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if map_ is not UNSET:
            field_dict["map"] = map_
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.location_map import LocationMap  # noqa: PLC0415
        from ..models.location_validation import LocationValidation  # noqa: PLC0415
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415
        from ..models.work_order_location_coordinates import WorkOrderLocationCoordinates  # noqa: PLC0415
        from ..models.work_order_location_note import WorkOrderLocationNote  # noqa: PLC0415
        from ..models.work_order_location_saved_ref import WorkOrderLocationSavedRef  # noqa: PLC0415

        d = dict(src_dict)
        work_order_id = d.pop("work_order_id", UNSET)

        mode = d.pop("mode", UNSET)

        display_name = d.pop("display_name", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        _coordinates = d.pop("coordinates", UNSET)
        coordinates: WorkOrderLocationCoordinates | Unset
        if isinstance(_coordinates, Unset):
            coordinates = UNSET
        else:
            coordinates = WorkOrderLocationCoordinates.from_dict(_coordinates)

        _type_ = d.pop("type", UNSET)
        type_: IdName | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IdName.from_dict(_type_)

        _saved_location = d.pop("saved_location", UNSET)
        saved_location: WorkOrderLocationSavedRef | Unset
        if isinstance(_saved_location, Unset):
            saved_location = UNSET
        else:
            saved_location = WorkOrderLocationSavedRef.from_dict(_saved_location)

        _notes = d.pop("notes", UNSET)
        notes: list[WorkOrderLocationNote] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = WorkOrderLocationNote.from_dict(notes_item_data)

                notes.append(notes_item)

        _time_zone = d.pop("time_zone", UNSET)
        time_zone: ScheduleTimeZone | Unset
        if isinstance(_time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = ScheduleTimeZone.from_dict(_time_zone)

        _validation = d.pop("validation", UNSET)
        validation: LocationValidation | Unset
        if isinstance(_validation, Unset):
            validation = UNSET
        else:
            validation = LocationValidation.from_dict(_validation)

        status_id = d.pop("status_id", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        zoom = d.pop("zoom", UNSET)

        _map_ = d.pop("map", UNSET)
        map_: LocationMap | Unset
        if isinstance(_map_, Unset):
            map_ = UNSET
        else:
            map_ = LocationMap.from_dict(_map_)

        actions = cast(list[str], d.pop("actions", UNSET))

        location = cls(
            work_order_id=work_order_id,
            mode=mode,
            display_name=display_name,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            coordinates=coordinates,
            type_=type_,
            saved_location=saved_location,
            notes=notes,
            time_zone=time_zone,
            validation=validation,
            status_id=status_id,
            correlation_id=correlation_id,
            zoom=zoom,
            map_=map_,
            actions=actions,
        )

        location.additional_properties = d
        return location

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

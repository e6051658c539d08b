from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.location_mode import LocationMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_name import IdName, IdNameDict
    from ..models.location_map import LocationMap, LocationMapDict
    from ..models.location_validation import LocationValidation, LocationValidationDict
    from ..models.schedule_time_zone import ScheduleTimeZone, ScheduleTimeZoneDict
    from ..models.work_order_location_coordinates import (
        WorkOrderLocationCoordinates,
        WorkOrderLocationCoordinatesDict,
    )
    from ..models.work_order_location_note import WorkOrderLocationNote, WorkOrderLocationNoteDict
    from ..models.work_order_location_saved_ref import (
        WorkOrderLocationSavedRef,
        WorkOrderLocationSavedRefDict,
    )


class Location(_m.BaseModel):
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
            work_order_id (int | None):
            mode (LocationMode | None): `custom` (an address typed on the work order), `location` (a saved location) or
                `remote` (the client keeps any other value it receives).
            display_name (str | None):
            address1 (str | None):
            address2 (str | None):
            city (str | None):
            state (str | None):
            zip_ (str | None):
            country (str | None): ISO 3166 country code, two or three letters (`US` or `USA`); empty for remote work.
            coordinates (WorkOrderLocationCoordinates | None): Geographic position of the location.
            type_ (IdName | None): A reference to another object by id, with its display name when the API returns one.
            saved_location (WorkOrderLocationSavedRef | None): The saved location a work order uses (mode `location`). The
                work order answers id 0 and empty strings when it uses no saved location.
            notes (list[WorkOrderLocationNote] | None):
            time_zone (ScheduleTimeZone | None): Time zone of the work order's location.
            validation (LocationValidation | None): Result of the platform's address check.
            status_id (int | None): Status id of the work order.
            correlation_id (str | None):
            zoom (str | None): Suggested map zoom (for example `13z`).
            map_ (LocationMap | None):
            actions (list[str] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_order_id: int | Unset = UNSET,
        mode: LocationMode | Unset = UNSET,
        display_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        coordinates: WorkOrderLocationCoordinates | Unset = UNSET,
        type_: IdName | Unset = UNSET,
        saved_location: WorkOrderLocationSavedRef | Unset = UNSET,
        notes: list[WorkOrderLocationNote] | Unset = UNSET,
        time_zone: ScheduleTimeZone | Unset = UNSET,
        validation: LocationValidation | Unset = UNSET,
        status_id: int | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        zoom: str | Unset = UNSET,
        map_: LocationMap | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_id", work_order_id)
        self._set("mode", mode)
        self._set("display_name", display_name)
        self._set("address1", address1)
        self._set("address2", address2)
        self._set("city", city)
        self._set("state", state)
        self._set("zip", zip_)
        self._set("country", country)
        self._set("coordinates", coordinates)
        self._set("type", type_)
        self._set("saved_location", saved_location)
        self._set("notes", notes)
        self._set("time_zone", time_zone)
        self._set("validation", validation)
        self._set("status_id", status_id)
        self._set("correlation_id", correlation_id)
        self._set("zoom", zoom)
        self._set("map", map_)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.location_map import LocationMap  # noqa: PLC0415
        from ..models.location_validation import LocationValidation  # noqa: PLC0415
        from ..models.schedule_time_zone import ScheduleTimeZone  # noqa: PLC0415
        from ..models.work_order_location_coordinates import WorkOrderLocationCoordinates  # noqa: PLC0415
        from ..models.work_order_location_note import WorkOrderLocationNote  # noqa: PLC0415
        from ..models.work_order_location_saved_ref import WorkOrderLocationSavedRef  # noqa: PLC0415

        return {
            "work_order_id": _m.Field(_m.INT, False, False),
            "mode": _m.Field(_m.Enum(LocationMode), False, False),
            "display_name": _m.Field(_m.STR, False, False),
            "address1": _m.Field(_m.STR, False, False),
            "address2": _m.Field(_m.STR, False, False),
            "city": _m.Field(_m.STR, False, False),
            "state": _m.Field(_m.STR, False, False),
            "zip": _m.Field(_m.STR, False, False),
            "country": _m.Field(_m.STR, False, False),
            "coordinates": _m.Field(_m.Model(WorkOrderLocationCoordinates), False, False),
            "type": _m.Field(_m.Model(IdName), False, False),
            "saved_location": _m.Field(_m.Model(WorkOrderLocationSavedRef), False, False),
            "notes": _m.Field(_m.List(_m.Model(WorkOrderLocationNote)), False, False),
            "time_zone": _m.Field(_m.Model(ScheduleTimeZone), False, False),
            "validation": _m.Field(_m.Model(LocationValidation), False, False),
            "status_id": _m.Field(_m.INT, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "zoom": _m.Field(_m.STR, False, False),
            "map": _m.Field(_m.Model(LocationMap), False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_order_id(self) -> int | None:
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def mode(self) -> LocationMode | None:
        """`custom` (an address typed on the work order), `location` (a saved location) or `remote` (the client
        keeps any other value it receives)."""
        return cast("LocationMode | None", self._get("mode"))

    @mode.setter
    def mode(self, value: LocationMode | None) -> None:
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
        """ISO 3166 country code, two or three letters (`US` or `USA`); empty for remote work."""
        return cast("str | None", self._get("country"))

    @country.setter
    def country(self, value: str | None) -> None:
        self._set("country", value)

    @property
    def coordinates(self) -> WorkOrderLocationCoordinates | None:
        """Geographic position of the location."""
        return cast("WorkOrderLocationCoordinates | None", self._get("coordinates"))

    @coordinates.setter
    def coordinates(self, value: WorkOrderLocationCoordinates | None) -> None:
        self._set("coordinates", value)

    @property
    def type_(self) -> IdName | None:
        """A reference to another object by id, with its display name when the API returns one."""
        return cast("IdName | None", self._get("type"))

    @type_.setter
    def type_(self, value: IdName | None) -> None:
        self._set("type", value)

    @property
    def saved_location(self) -> WorkOrderLocationSavedRef | None:
        """The saved location a work order uses (mode `location`). The work order answers id 0 and empty
        strings when it uses no saved location."""
        return cast("WorkOrderLocationSavedRef | None", self._get("saved_location"))

    @saved_location.setter
    def saved_location(self, value: WorkOrderLocationSavedRef | None) -> None:
        self._set("saved_location", value)

    @property
    def notes(self) -> list[WorkOrderLocationNote] | None:
        return cast("list[WorkOrderLocationNote] | None", self._get("notes"))

    @notes.setter
    def notes(self, value: list[WorkOrderLocationNote] | None) -> None:
        self._set("notes", value)

    @property
    def time_zone(self) -> ScheduleTimeZone | None:
        """Time zone of the work order's location."""
        return cast("ScheduleTimeZone | None", self._get("time_zone"))

    @time_zone.setter
    def time_zone(self, value: ScheduleTimeZone | None) -> None:
        self._set("time_zone", value)

    @property
    def validation(self) -> LocationValidation | None:
        """Result of the platform's address check."""
        return cast("LocationValidation | None", self._get("validation"))

    @validation.setter
    def validation(self, value: LocationValidation | None) -> None:
        self._set("validation", value)

    @property
    def status_id(self) -> int | None:
        """Status id of the work order."""
        return cast("int | None", self._get("status_id"))

    @status_id.setter
    def status_id(self, value: int | None) -> None:
        self._set("status_id", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def zoom(self) -> str | None:
        """Suggested map zoom (for example `13z`)."""
        return cast("str | None", self._get("zoom"))

    @zoom.setter
    def zoom(self, value: str | None) -> None:
        self._set("zoom", value)

    @property
    def map_(self) -> LocationMap | None:
        return cast("LocationMap | None", self._get("map"))

    @map_.setter
    def map_(self, value: LocationMap | None) -> None:
        self._set("map", value)

    @property
    def actions(self) -> list[str] | None:
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class LocationDict(TypedDict, total=False):
    """:class:`Location` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_id: int
    mode: LocationMode | str
    display_name: str
    address1: str
    address2: str
    city: str
    state: str
    zip: str
    country: str
    coordinates: WorkOrderLocationCoordinates | WorkOrderLocationCoordinatesDict
    type: IdName | IdNameDict
    saved_location: WorkOrderLocationSavedRef | WorkOrderLocationSavedRefDict
    notes: list[WorkOrderLocationNote | WorkOrderLocationNoteDict]
    time_zone: ScheduleTimeZone | ScheduleTimeZoneDict
    validation: LocationValidation | LocationValidationDict
    status_id: int
    correlation_id: str
    zoom: str
    map: LocationMap | LocationMapDict
    actions: list[str]

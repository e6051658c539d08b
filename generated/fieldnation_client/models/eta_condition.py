from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.eta_condition_status import EtaConditionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.eta_condition_coords import EtaConditionCoords, EtaConditionCoordsDict


class EtaCondition(_m.BaseModel):
    """Live condition of the provider before check-in: whether they are on schedule or running late, the expected delay,
    drive time, distance and last known position.

        Example:
            {'status': 'delayed', 'estimated_delay': 900, 'drive_time': 1500, 'distance': 12.4, 'coords': {'latitude':
                44.9778, 'longitude': -93.265}, 'created': {'utc': '2026-07-01 13:40:00'}}

        Attributes:
            status (EtaConditionStatus | None):
            estimated_delay (int | None): Expected delay in seconds.
            drive_time (int | None): Drive time in seconds.
            distance (float | None): Distance to the site in miles.
            coords (EtaConditionCoords | None):
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        status: EtaConditionStatus | Unset = UNSET,
        estimated_delay: int | Unset = UNSET,
        drive_time: int | Unset = UNSET,
        distance: float | Unset = UNSET,
        coords: EtaConditionCoords | Unset = UNSET,
        created: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("status", status)
        self._set("estimated_delay", estimated_delay)
        self._set("drive_time", drive_time)
        self._set("distance", distance)
        self._set("coords", coords)
        self._set("created", created)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta_condition_coords import EtaConditionCoords  # noqa: PLC0415

        return {
            "status": _m.Field(_m.Enum(EtaConditionStatus), False, False),
            "estimated_delay": _m.Field(_m.INT, False, False),
            "drive_time": _m.Field(_m.INT, False, False),
            "distance": _m.Field(_m.FLOAT, False, False),
            "coords": _m.Field(_m.Model(EtaConditionCoords), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def status(self) -> EtaConditionStatus | None:
        return cast("EtaConditionStatus | None", self._get("status"))

    @status.setter
    def status(self, value: EtaConditionStatus | None) -> None:
        self._set("status", value)

    @property
    def estimated_delay(self) -> int | None:
        """Expected delay in seconds."""
        return cast("int | None", self._get("estimated_delay"))

    @estimated_delay.setter
    def estimated_delay(self, value: int | None) -> None:
        self._set("estimated_delay", value)

    @property
    def drive_time(self) -> int | None:
        """Drive time in seconds."""
        return cast("int | None", self._get("drive_time"))

    @drive_time.setter
    def drive_time(self, value: int | None) -> None:
        self._set("drive_time", value)

    @property
    def distance(self) -> float | None:
        """Distance to the site in miles."""
        return cast("float | None", self._get("distance"))

    @distance.setter
    def distance(self, value: float | None) -> None:
        self._set("distance", value)

    @property
    def coords(self) -> EtaConditionCoords | None:
        return cast("EtaConditionCoords | None", self._get("coords"))

    @coords.setter
    def coords(self, value: EtaConditionCoords | None) -> None:
        self._set("coords", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)


class EtaConditionDict(TypedDict, total=False):
    """:class:`EtaCondition` as plain data (JSON keys); accepted wherever the model is sent."""

    status: EtaConditionStatus | str
    estimated_delay: int
    drive_time: int
    distance: float
    coords: EtaConditionCoords | EtaConditionCoordsDict
    created: DateObject | DateObjectDict

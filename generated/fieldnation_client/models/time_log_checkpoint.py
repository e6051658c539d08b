from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.time_log_coords import TimeLogCoords, TimeLogCoordsDict
    from ..models.user_ref import UserRef, UserRefDict


class TimeLogCheckpoint(_m.BaseModel):
    """One end of a time log: when the provider checked in (`in`) or out (`out`), where, and whether the position was close
    enough to the site to count as verified.

        Example:
            {'created': {'utc': '2026-07-01 14:05:00', 'local': {'date': '2026-07-01', 'time': '09:05:00'}}, 'coords':
                {'latitude': 44.8963, 'longitude': -93.2682}, 'distance': 0.1, 'verified': True}

        Attributes:
            created (DateObject): Field Nation's timestamp object, UTC plus the local date and time where known.
            actor (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            coords (TimeLogCoords | None): GPS position recorded with a check-in or check-out.
            distance (float | None): Distance in miles between the recorded position and the work order location.
            distance_from_check_in (float | None): For a check-out, distance in miles from where the provider checked in.
            verified (bool | None): True when the position was verified against the work order location.
            requires_verification (bool | None):
            actions (list[str] | None): What the caller may do with this checkpoint.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        created: DateObject,
        actor: UserRef | Unset = UNSET,
        coords: TimeLogCoords | Unset = UNSET,
        distance: float | Unset = UNSET,
        distance_from_check_in: float | Unset = UNSET,
        verified: bool | Unset = UNSET,
        requires_verification: bool | Unset = UNSET,
        actions: list[str] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("created", created)
        self._set("actor", actor)
        self._set("coords", coords)
        self._set("distance", distance)
        self._set("distance_from_check_in", distance_from_check_in)
        self._set("verified", verified)
        self._set("requires_verification", requires_verification)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.time_log_coords import TimeLogCoords  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "created": _m.Field(_m.Model(DateObject), True, False),
            "actor": _m.Field(_m.Model(UserRef), False, False),
            "coords": _m.Field(_m.Model(TimeLogCoords), False, False),
            "distance": _m.Field(_m.FLOAT, False, False),
            "distance_from_check_in": _m.Field(_m.FLOAT, False, False),
            "verified": _m.Field(_m.BOOL, False, False),
            "requires_verification": _m.Field(_m.BOOL, False, False),
            "actions": _m.Field(_m.List(_m.STR), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def created(self) -> DateObject:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject", self._get("created"))

    @created.setter
    def created(self, value: DateObject) -> None:
        self._set("created", value)

    @property
    def actor(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("actor"))

    @actor.setter
    def actor(self, value: UserRef | None) -> None:
        self._set("actor", value)

    @property
    def coords(self) -> TimeLogCoords | None:
        """GPS position recorded with a check-in or check-out."""
        return cast("TimeLogCoords | None", self._get("coords"))

    @coords.setter
    def coords(self, value: TimeLogCoords | None) -> None:
        self._set("coords", value)

    @property
    def distance(self) -> float | None:
        """Distance in miles between the recorded position and the work order location."""
        return cast("float | None", self._get("distance"))

    @distance.setter
    def distance(self, value: float | None) -> None:
        self._set("distance", value)

    @property
    def distance_from_check_in(self) -> float | None:
        """For a check-out, distance in miles from where the provider checked in."""
        return cast("float | None", self._get("distance_from_check_in"))

    @distance_from_check_in.setter
    def distance_from_check_in(self, value: float | None) -> None:
        self._set("distance_from_check_in", value)

    @property
    def verified(self) -> bool | None:
        """True when the position was verified against the work order location."""
        return cast("bool | None", self._get("verified"))

    @verified.setter
    def verified(self, value: bool | None) -> None:
        self._set("verified", value)

    @property
    def requires_verification(self) -> bool | None:
        return cast("bool | None", self._get("requires_verification"))

    @requires_verification.setter
    def requires_verification(self, value: bool | None) -> None:
        self._set("requires_verification", value)

    @property
    def actions(self) -> list[str] | None:
        """What the caller may do with this checkpoint."""
        return cast("list[str] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[str] | None) -> None:
        self._set("actions", value)


class TimeLogCheckpointDict(TypedDict, total=False):
    """:class:`TimeLogCheckpoint` as plain data (JSON keys); accepted wherever the model is sent."""

    created: Required[DateObject | DateObjectDict]
    actor: UserRef | UserRefDict
    coords: TimeLogCoords | TimeLogCoordsDict
    distance: float
    distance_from_check_in: float
    verified: bool
    requires_verification: bool
    actions: list[str]

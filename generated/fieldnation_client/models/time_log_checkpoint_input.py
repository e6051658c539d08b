from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.time_log_checkpoint_input_local import (
        TimeLogCheckpointInputLocal,
        TimeLogCheckpointInputLocalDict,
    )
    from ..models.time_log_coords import TimeLogCoords, TimeLogCoordsDict


class TimeLogCheckpointInput(_m.BaseModel):
    """A check-in or check-out time sent by the client. The playground sends `{"created": {"utc": ..., "local": {...}}}`;
    the narrative guide sends the date object directly (`{"utc": ...}`). Both are accepted; send exactly one of
    `created` or `utc`.

        Example:
            {'created': {'utc': '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}

        Attributes:
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            utc (str | None): A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
                (`2026-02-01T17:00:00Z`). Both are accepted on input.
            local (TimeLogCheckpointInputLocal | None):
            coords (TimeLogCoords | None): GPS position recorded with a check-in or check-out.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        created: DateObject | Unset = UNSET,
        utc: str | Unset = UNSET,
        local: TimeLogCheckpointInputLocal | Unset = UNSET,
        coords: TimeLogCoords | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("created", created)
        self._set("utc", utc)
        self._set("local", local)
        self._set("coords", coords)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.time_log_checkpoint_input_local import TimeLogCheckpointInputLocal  # noqa: PLC0415
        from ..models.time_log_coords import TimeLogCoords  # noqa: PLC0415

        return {
            "created": _m.Field(_m.Model(DateObject), False, False),
            "utc": _m.Field(_m.STR, False, False),
            "local": _m.Field(_m.Model(TimeLogCheckpointInputLocal), False, False),
            "coords": _m.Field(_m.Model(TimeLogCoords), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def utc(self) -> str | None:
        """A UTC timestamp. The API writes `YYYY-MM-DD HH:MM:SS`; newer playground examples send ISO 8601
        (`2026-02-01T17:00:00Z`). Both are accepted on input."""
        return cast("str | None", self._get("utc"))

    @utc.setter
    def utc(self, value: str | None) -> None:
        self._set("utc", value)

    @property
    def local(self) -> TimeLogCheckpointInputLocal | None:
        return cast("TimeLogCheckpointInputLocal | None", self._get("local"))

    @local.setter
    def local(self, value: TimeLogCheckpointInputLocal | None) -> None:
        self._set("local", value)

    @property
    def coords(self) -> TimeLogCoords | None:
        """GPS position recorded with a check-in or check-out."""
        return cast("TimeLogCoords | None", self._get("coords"))

    @coords.setter
    def coords(self, value: TimeLogCoords | None) -> None:
        self._set("coords", value)


class TimeLogCheckpointInputDict(TypedDict, total=False):
    """:class:`TimeLogCheckpointInput` as plain data (JSON keys); accepted wherever the model is sent."""

    created: DateObject | DateObjectDict
    utc: str
    local: TimeLogCheckpointInputLocal | TimeLogCheckpointInputLocalDict
    coords: TimeLogCoords | TimeLogCoordsDict

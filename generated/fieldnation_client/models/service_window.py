from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.service_window_mode import ServiceWindowMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class ServiceWindow(_m.BaseModel):
    """When the provider is expected on site. `exact`: arrive at `start`. `between`: arrive any time from `start` to `end`.
    `hours`: work on the days from `start` to `end`, only between the start time and end time of each day.

        Example:
            {'mode': 'between', 'start': {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time':
                '09:00:00'}}, 'end': {'utc': '2026-07-01 22:00:00', 'local': {'date': '2026-07-01', 'time': '17:00:00'}}}

        Attributes:
            mode (ServiceWindowMode):
            start (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            end (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self, *, mode: ServiceWindowMode, start: DateObject | Unset = UNSET, end: DateObject | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("mode", mode)
        self._set("start", start)
        self._set("end", end)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "mode": _m.Field(_m.Enum(ServiceWindowMode), True, False),
            "start": _m.Field(_m.Model(DateObject), False, False),
            "end": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def mode(self) -> ServiceWindowMode:
        return cast("ServiceWindowMode", self._get("mode"))

    @mode.setter
    def mode(self, value: ServiceWindowMode) -> None:
        self._set("mode", value)

    @property
    def start(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("start"))

    @start.setter
    def start(self, value: DateObject | None) -> None:
        self._set("start", value)

    @property
    def end(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("end"))

    @end.setter
    def end(self, value: DateObject | None) -> None:
        self._set("end", value)


class ServiceWindowDict(TypedDict, total=False):
    """:class:`ServiceWindow` as plain data (JSON keys); accepted wherever the model is sent."""

    mode: Required[ServiceWindowMode | str]
    start: DateObject | DateObjectDict
    end: DateObject | DateObjectDict

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.service_window_input_mode import ServiceWindowInputMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class ServiceWindowInput(_m.BaseModel):
    """A service window as sent in requests. `start` is required for `exact`, `between` and `hours`; `end` for `between`
    and `hours`. Only `utc` is needed in each date object; the platform fills in local times from the location's time
    zone.

        Example:
            {'mode': 'exact', 'start': {'utc': '2026-07-01T14:00:00Z'}}

        Attributes:
            mode (ServiceWindowInputMode | None):
            start (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            end (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        mode: ServiceWindowInputMode | Unset = UNSET,
        start: DateObject | Unset = UNSET,
        end: DateObject | Unset = UNSET,
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
            "mode": _m.Field(_m.Enum(ServiceWindowInputMode), False, False),
            "start": _m.Field(_m.Model(DateObject), False, False),
            "end": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def mode(self) -> ServiceWindowInputMode | None:
        return cast("ServiceWindowInputMode | None", self._get("mode"))

    @mode.setter
    def mode(self, value: ServiceWindowInputMode | None) -> None:
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


class ServiceWindowInputDict(TypedDict, total=False):
    """:class:`ServiceWindowInput` as plain data (JSON keys); accepted wherever the model is sent."""

    mode: ServiceWindowInputMode | str
    start: DateObject | DateObjectDict
    end: DateObject | DateObjectDict

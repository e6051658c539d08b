from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ScheduleTimeZoneInput(_m.BaseModel):
    """Time zone of the service window. The playground types it like the schedule answer's `time_zone` ({id, name, short,
    offset}); send the `id` or the IANA `name`.

        Example:
            {'name': 'America/Chicago'}

        Attributes:
            id (int | None):
            name (Any): IANA name, for example `America/Chicago`.
            short (Any):
            offset (float | None):
    """

    __slots__ = ()

    def __init__(
        self, *, id: int | Unset = UNSET, name: Any = UNSET, short: Any = UNSET, offset: float | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("short", short)
        self._set("offset", offset)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.ANY, False, False),
            "short": _m.Field(_m.ANY, False, False),
            "offset": _m.Field(_m.FLOAT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> Any:
        """IANA name, for example `America/Chicago`."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def short(self) -> Any:
        return self._get("short")

    @short.setter
    def short(self, value: Any) -> None:
        self._set("short", value)

    @property
    def offset(self) -> float | None:
        return cast("float | None", self._get("offset"))

    @offset.setter
    def offset(self, value: float | None) -> None:
        self._set("offset", value)

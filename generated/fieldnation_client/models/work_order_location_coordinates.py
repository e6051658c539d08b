from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class WorkOrderLocationCoordinates(_m.BaseModel):
    """Geographic position of the location.

    Example:
        {'latitude': 44.9778, 'longitude': -93.265, 'exact': True}

    Attributes:
        latitude (float | None):
        longitude (float | None):
        exact (bool | None): Whether the position was geocoded from the exact address (false when approximated).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        latitude: float | Unset = UNSET,
        longitude: float | Unset = UNSET,
        exact: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("latitude", latitude)
        self._set("longitude", longitude)
        self._set("exact", exact)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "latitude": _m.Field(_m.FLOAT, False, False),
            "longitude": _m.Field(_m.FLOAT, False, False),
            "exact": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def latitude(self) -> float | None:
        return cast("float | None", self._get("latitude"))

    @latitude.setter
    def latitude(self, value: float | None) -> None:
        self._set("latitude", value)

    @property
    def longitude(self) -> float | None:
        return cast("float | None", self._get("longitude"))

    @longitude.setter
    def longitude(self, value: float | None) -> None:
        self._set("longitude", value)

    @property
    def exact(self) -> bool | None:
        """Whether the position was geocoded from the exact address (false when approximated)."""
        return cast("bool | None", self._get("exact"))

    @exact.setter
    def exact(self, value: bool | None) -> None:
        self._set("exact", value)


class WorkOrderLocationCoordinatesDict(TypedDict, total=False):
    """:class:`WorkOrderLocationCoordinates` as plain data (JSON keys); accepted wherever the model is sent."""

    latitude: float
    longitude: float
    exact: bool

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class UserCoords(_m.BaseModel):
    """Geographic position of a user's address.

    Example:
        {'latitude': 44.9778, 'longitude': -93.265, 'exact': True}

    Attributes:
        latitude (float | None):
        longitude (float | None):
        exact (bool | None): Whether the position is the exact address (not a postal-code centroid).
        distance (float | None): Distance from the point of interest of the request, when one applies.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        latitude: float | Unset = UNSET,
        longitude: float | Unset = UNSET,
        exact: bool | Unset = UNSET,
        distance: float | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("latitude", latitude)
        self._set("longitude", longitude)
        self._set("exact", exact)
        self._set("distance", distance)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "latitude": _m.Field(_m.FLOAT, False, False),
            "longitude": _m.Field(_m.FLOAT, False, False),
            "exact": _m.Field(_m.BOOL, False, False),
            "distance": _m.Field(_m.FLOAT, False, False),
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
        """Whether the position is the exact address (not a postal-code centroid)."""
        return cast("bool | None", self._get("exact"))

    @exact.setter
    def exact(self, value: bool | None) -> None:
        self._set("exact", value)

    @property
    def distance(self) -> float | None:
        """Distance from the point of interest of the request, when one applies."""
        return cast("float | None", self._get("distance"))

    @distance.setter
    def distance(self, value: float | None) -> None:
        self._set("distance", value)


class UserCoordsDict(TypedDict, total=False):
    """:class:`UserCoords` as plain data (JSON keys); accepted wherever the model is sent."""

    latitude: float
    longitude: float
    exact: bool
    distance: float

from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m


class LocationInputCoordinates(_m.BaseModel):
    """Optional position to use instead of geocoding the address.

    Attributes:
        latitude (float):
        longitude (float):
    """

    __slots__ = ()

    def __init__(self, *, latitude: float, longitude: float) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("latitude", latitude)
        self._set("longitude", longitude)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"latitude": _m.Field(_m.FLOAT, True, False), "longitude": _m.Field(_m.FLOAT, True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def latitude(self) -> float:
        return cast("float", self._get("latitude"))

    @latitude.setter
    def latitude(self, value: float) -> None:
        self._set("latitude", value)

    @property
    def longitude(self) -> float:
        return cast("float", self._get("longitude"))

    @longitude.setter
    def longitude(self, value: float) -> None:
        self._set("longitude", value)


class LocationInputCoordinatesDict(TypedDict, total=False):
    """:class:`LocationInputCoordinates` as plain data (JSON keys); accepted wherever the model is sent."""

    latitude: Required[float]
    longitude: Required[float]

from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class AttachmentCoords(_m.BaseModel):
    """Where the file was captured, when the uploader shared a position.

    Attributes:
        latitude (float | None):
        longitude (float | None):
    """

    __slots__ = ()

    def __init__(self, *, latitude: float | Unset = UNSET, longitude: float | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("latitude", latitude)
        self._set("longitude", longitude)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"latitude": _m.Field(_m.FLOAT, False, False), "longitude": _m.Field(_m.FLOAT, False, False)}

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


class AttachmentCoordsDict(TypedDict, total=False):
    """:class:`AttachmentCoords` as plain data (JSON keys); accepted wherever the model is sent."""

    latitude: float
    longitude: float

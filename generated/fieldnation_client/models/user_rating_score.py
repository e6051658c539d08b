from __future__ import annotations

from typing import TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class UserRatingScore(_m.BaseModel):
    """Star rating and how many ratings it averages.

    Example:
        {'stars': 4.8, 'total_ratings': 212}

    Attributes:
        stars (float | None):
        total_ratings (int | None):
    """

    __slots__ = ()

    def __init__(self, *, stars: float | Unset = UNSET, total_ratings: int | Unset = UNSET) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("stars", stars)
        self._set("total_ratings", total_ratings)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {"stars": _m.Field(_m.FLOAT, False, False), "total_ratings": _m.Field(_m.INT, False, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def stars(self) -> float | None:
        return cast("float | None", self._get("stars"))

    @stars.setter
    def stars(self, value: float | None) -> None:
        self._set("stars", value)

    @property
    def total_ratings(self) -> int | None:
        return cast("int | None", self._get("total_ratings"))

    @total_ratings.setter
    def total_ratings(self, value: int | None) -> None:
        self._set("total_ratings", value)


class UserRatingScoreDict(TypedDict, total=False):
    """:class:`UserRatingScore` as plain data (JSON keys); accepted wherever the model is sent."""

    stars: float
    total_ratings: int

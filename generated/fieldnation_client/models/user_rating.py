from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_rating_score import UserRatingScore, UserRatingScoreDict


class UserRating(_m.BaseModel):
    """A provider's ratings across the marketplace and from the caller's own company.

    Example:
        {'marketplace': {'stars': 4.8, 'total_ratings': 212}, 'my_company': {'stars': 5, 'total_ratings': 14}}

    Attributes:
        marketplace (UserRatingScore | None): Star rating and how many ratings it averages.
        my_company (UserRatingScore | None): Star rating and how many ratings it averages.
    """

    __slots__ = ()

    def __init__(
        self, *, marketplace: UserRatingScore | Unset = UNSET, my_company: UserRatingScore | Unset = UNSET
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("marketplace", marketplace)
        self._set("my_company", my_company)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.user_rating_score import UserRatingScore  # noqa: PLC0415

        return {
            "marketplace": _m.Field(_m.Model(UserRatingScore), False, False),
            "my_company": _m.Field(_m.Model(UserRatingScore), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def marketplace(self) -> UserRatingScore | None:
        """Star rating and how many ratings it averages."""
        return cast("UserRatingScore | None", self._get("marketplace"))

    @marketplace.setter
    def marketplace(self, value: UserRatingScore | None) -> None:
        self._set("marketplace", value)

    @property
    def my_company(self) -> UserRatingScore | None:
        """Star rating and how many ratings it averages."""
        return cast("UserRatingScore | None", self._get("my_company"))

    @my_company.setter
    def my_company(self, value: UserRatingScore | None) -> None:
        self._set("my_company", value)


class UserRatingDict(TypedDict, total=False):
    """:class:`UserRating` as plain data (JSON keys); accepted wherever the model is sent."""

    marketplace: UserRatingScore | UserRatingScoreDict
    my_company: UserRatingScore | UserRatingScoreDict

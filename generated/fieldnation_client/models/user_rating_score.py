from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRatingScore")


@_attrs_define
class UserRatingScore:
    """Star rating and how many ratings it averages.

    Example:
        {'stars': 4.8, 'total_ratings': 212}

    Attributes:
        stars (float | Unset):
        total_ratings (int | Unset):
    """

    stars: float | Unset = UNSET
    total_ratings: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stars = self.stars

        total_ratings = self.total_ratings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stars is not UNSET:
            field_dict["stars"] = stars
        if total_ratings is not UNSET:
            field_dict["total_ratings"] = total_ratings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stars = d.pop("stars", UNSET)

        total_ratings = d.pop("total_ratings", UNSET)

        user_rating_score = cls(stars=stars, total_ratings=total_ratings)

        user_rating_score.additional_properties = d
        return user_rating_score

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

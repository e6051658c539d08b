from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_rating_score import UserRatingScore


T = TypeVar("T", bound="UserRating")


@_attrs_define
class UserRating:
    """A provider's ratings across the marketplace and from the caller's own company.

    Example:
        {'marketplace': {'stars': 4.8, 'total_ratings': 212}, 'my_company': {'stars': 5, 'total_ratings': 14}}

    Attributes:
        marketplace (UserRatingScore | Unset): Star rating and how many ratings it averages. Example: {'stars': 4.8,
            'total_ratings': 212}.
        my_company (UserRatingScore | Unset): Star rating and how many ratings it averages. Example: {'stars': 4.8,
            'total_ratings': 212}.
    """

    marketplace: UserRatingScore | Unset = UNSET
    my_company: UserRatingScore | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace, Unset):
            marketplace = self.marketplace.to_dict()

        my_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.my_company, Unset):
            my_company = self.my_company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if marketplace is not UNSET:
            field_dict["marketplace"] = marketplace
        if my_company is not UNSET:
            field_dict["my_company"] = my_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_rating_score import UserRatingScore  # noqa: PLC0415

        d = dict(src_dict)
        _marketplace = d.pop("marketplace", UNSET)
        marketplace: UserRatingScore | Unset
        if isinstance(_marketplace, Unset):
            marketplace = UNSET
        else:
            marketplace = UserRatingScore.from_dict(_marketplace)

        _my_company = d.pop("my_company", UNSET)
        my_company: UserRatingScore | Unset
        if isinstance(_my_company, Unset):
            my_company = UNSET
        else:
            my_company = UserRatingScore.from_dict(_my_company)

        user_rating = cls(marketplace=marketplace, my_company=my_company)

        user_rating.additional_properties = d
        return user_rating

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

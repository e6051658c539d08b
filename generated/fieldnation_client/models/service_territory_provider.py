from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_tier import TalentPoolTier


T = TypeVar("T", bound="ServiceTerritoryProvider")


@_attrs_define
class ServiceTerritoryProvider:
    """A provider covering a service territory, with the tier they hold.

    Example:
        {'provider_id': 9001, 'name': 'Luis Ortega', 'tier': {'id': 3, 'name': 'Primary coverage'},
            'exists_in_multiple_talent_pool_groups': True}

    Attributes:
        provider_id (int):
        name (str | Unset):
        tier (TalentPoolTier | Unset): One talent pool (tier) inside a group. Its `id` is what other operations call
            `tier_id`, `tierId` or `talent_pool_id`. Example: {'id': 1, 'name': 'Tier 1 - Premium'}.
        exists_in_multiple_talent_pool_groups (bool | Unset): True when the provider also belongs to another territory
            or group of the project.
    """

    provider_id: int
    name: str | Unset = UNSET
    tier: TalentPoolTier | Unset = UNSET
    exists_in_multiple_talent_pool_groups: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier.to_dict()

        exists_in_multiple_talent_pool_groups = self.exists_in_multiple_talent_pool_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"provider_id": provider_id})
        if name is not UNSET:
            field_dict["name"] = name
        if tier is not UNSET:
            field_dict["tier"] = tier
        if exists_in_multiple_talent_pool_groups is not UNSET:
            field_dict["exists_in_multiple_talent_pool_groups"] = exists_in_multiple_talent_pool_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        name = d.pop("name", UNSET)

        _tier = d.pop("tier", UNSET)
        tier: TalentPoolTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = TalentPoolTier.from_dict(_tier)

        exists_in_multiple_talent_pool_groups = d.pop("exists_in_multiple_talent_pool_groups", UNSET)

        service_territory_provider = cls(
            provider_id=provider_id,
            name=name,
            tier=tier,
            exists_in_multiple_talent_pool_groups=exists_in_multiple_talent_pool_groups,
        )

        service_territory_provider.additional_properties = d
        return service_territory_provider

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

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_tier import TalentPoolTier, TalentPoolTierDict


class ServiceTerritoryProvider(_m.BaseModel):
    """A provider covering a service territory, with the tier they hold.

    Example:
        {'provider_id': 9001, 'name': 'Luis Ortega', 'tier': {'id': 3, 'name': 'Primary coverage'},
            'exists_in_multiple_talent_pool_groups': True}

    Attributes:
        provider_id (int):
        name (str | None):
        tier (TalentPoolTier | None): One talent pool (tier) inside a group. Its `id` is what other operations call
            `tier_id`, `tierId` or `talent_pool_id`.
        exists_in_multiple_talent_pool_groups (bool | None): True when the provider also belongs to another territory or
            group of the project.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        provider_id: int,
        name: str | Unset = UNSET,
        tier: TalentPoolTier | Unset = UNSET,
        exists_in_multiple_talent_pool_groups: bool | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("provider_id", provider_id)
        self._set("name", name)
        self._set("tier", tier)
        self._set("exists_in_multiple_talent_pool_groups", exists_in_multiple_talent_pool_groups)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        return {
            "provider_id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, False, False),
            "tier": _m.Field(_m.Model(TalentPoolTier), False, False),
            "exists_in_multiple_talent_pool_groups": _m.Field(_m.BOOL, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def provider_id(self) -> int:
        return cast("int", self._get("provider_id"))

    @provider_id.setter
    def provider_id(self, value: int) -> None:
        self._set("provider_id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def tier(self) -> TalentPoolTier | None:
        """One talent pool (tier) inside a group. Its `id` is what other operations call `tier_id`, `tierId` or
        `talent_pool_id`."""
        return cast("TalentPoolTier | None", self._get("tier"))

    @tier.setter
    def tier(self, value: TalentPoolTier | None) -> None:
        self._set("tier", value)

    @property
    def exists_in_multiple_talent_pool_groups(self) -> bool | None:
        """True when the provider also belongs to another territory or group of the project."""
        return cast("bool | None", self._get("exists_in_multiple_talent_pool_groups"))

    @exists_in_multiple_talent_pool_groups.setter
    def exists_in_multiple_talent_pool_groups(self, value: bool | None) -> None:
        self._set("exists_in_multiple_talent_pool_groups", value)


class ServiceTerritoryProviderDict(TypedDict, total=False):
    """:class:`ServiceTerritoryProvider` as plain data (JSON keys); accepted wherever the model is sent."""

    provider_id: Required[int]
    name: str
    tier: TalentPoolTier | TalentPoolTierDict
    exists_in_multiple_talent_pool_groups: bool

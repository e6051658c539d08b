from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute, TalentPoolGroupAttributeDict
    from ..models.talent_pool_tier import TalentPoolTier, TalentPoolTierDict


class TalentPoolGroup(_m.BaseModel):
    """A talent pool group of the second generation: a named container of tiers that belongs to one project.

    Example:
        {'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'name': 'Spring POS Refresh - Midwest',
            'project_id': 2201, 'display_name': 'Midwest POS Techs', 'tiers': [{'id': 1, 'name': 'Tier 1 - Premium'}, {'id':
            2, 'name': 'Tier 2 - Standard'}], 'attributes': [{'name': 'certification_level', 'value': 'expert'}]}

    Attributes:
        name (str): Internal name of the group.
        talent_pool_group_id (str | None): The group's UUID (the local sandbox always sends it).
        uuid (str | None): Spelling of the id in the guide's list example.
        display_name (str | None): Name shown to providers.
        project_id (int | None): Project the group belongs to.
        tiers (list[TalentPoolTier] | None): Talent pools (tiers) of the group.
        talent_pools (list[TalentPoolTier] | None): Overview guide's name for `tiers`.
        attributes (list[TalentPoolGroupAttribute] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        talent_pool_group_id: str | Unset = UNSET,
        uuid: str | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        project_id: int | Unset = UNSET,
        tiers: list[TalentPoolTier] | Unset = UNSET,
        talent_pools: list[TalentPoolTier] | Unset = UNSET,
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("talent_pool_group_id", talent_pool_group_id)
        self._set("uuid", uuid)
        self._set("display_name", display_name)
        self._set("project_id", project_id)
        self._set("tiers", tiers)
        self._set("talent_pools", talent_pools)
        self._set("attributes", attributes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "talent_pool_group_id": _m.Field(_m.STR, False, False),
            "uuid": _m.Field(_m.STR, False, False),
            "display_name": _m.Field(_m.STR, False, True),
            "project_id": _m.Field(_m.INT, False, False),
            "tiers": _m.Field(_m.List(_m.Model(TalentPoolTier)), False, False),
            "talent_pools": _m.Field(_m.List(_m.Model(TalentPoolTier)), False, False),
            "attributes": _m.Field(_m.List(_m.Model(TalentPoolGroupAttribute)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        """Internal name of the group."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def talent_pool_group_id(self) -> str | None:
        """The group's UUID (the local sandbox always sends it)."""
        return cast("str | None", self._get("talent_pool_group_id"))

    @talent_pool_group_id.setter
    def talent_pool_group_id(self, value: str | None) -> None:
        self._set("talent_pool_group_id", value)

    @property
    def uuid(self) -> str | None:
        """Spelling of the id in the guide's list example."""
        return cast("str | None", self._get("uuid"))

    @uuid.setter
    def uuid(self, value: str | None) -> None:
        self._set("uuid", value)

    @property
    def display_name(self) -> str | None:
        """Name shown to providers."""
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

    @property
    def project_id(self) -> int | None:
        """Project the group belongs to."""
        return cast("int | None", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int | None) -> None:
        self._set("project_id", value)

    @property
    def tiers(self) -> list[TalentPoolTier] | None:
        """Talent pools (tiers) of the group."""
        return cast("list[TalentPoolTier] | None", self._get("tiers"))

    @tiers.setter
    def tiers(self, value: list[TalentPoolTier] | None) -> None:
        self._set("tiers", value)

    @property
    def talent_pools(self) -> list[TalentPoolTier] | None:
        """Overview guide's name for `tiers`."""
        return cast("list[TalentPoolTier] | None", self._get("talent_pools"))

    @talent_pools.setter
    def talent_pools(self, value: list[TalentPoolTier] | None) -> None:
        self._set("talent_pools", value)

    @property
    def attributes(self) -> list[TalentPoolGroupAttribute] | None:
        return cast("list[TalentPoolGroupAttribute] | None", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[TalentPoolGroupAttribute] | None) -> None:
        self._set("attributes", value)


class TalentPoolGroupDict(TypedDict, total=False):
    """:class:`TalentPoolGroup` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    talent_pool_group_id: str
    uuid: str
    display_name: str | None
    project_id: int
    tiers: list[TalentPoolTier | TalentPoolTierDict]
    talent_pools: list[TalentPoolTier | TalentPoolTierDict]
    attributes: list[TalentPoolGroupAttribute | TalentPoolGroupAttributeDict]

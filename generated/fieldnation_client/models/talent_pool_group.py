from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute
    from ..models.talent_pool_tier import TalentPoolTier


class TalentPoolGroup(_m.BaseModel):
    """A talent pool group of the second generation: a named container of tiers that belongs to one project.

    Example:
        {'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'name': 'Spring POS Refresh - Midwest',
            'project_id': 2201, 'display_name': 'Midwest POS Techs', 'tiers': [{'id': 1, 'name': 'Tier 1 - Premium'}, {'id':
            2, 'name': 'Tier 2 - Standard'}], 'attributes': [{'name': 'certification_level', 'value': 'expert'}]}

    Attributes:
        talent_pool_group_id (UUID): The group's UUID.
        name (Any): Internal name of the group.
        project_id (int): Project the group belongs to.
        uuid (UUID | None): Spelling of the id in the overview guide's list example.
        display_name (Any): Name shown to providers.
        tiers (list[TalentPoolTier] | None): Talent pools (tiers) of the group.
        talent_pools (list[TalentPoolTier] | None): Overview guide's name for `tiers`.
        attributes (list[TalentPoolGroupAttribute] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        talent_pool_group_id: UUID,
        name: Any,
        project_id: int,
        uuid: UUID | Unset = UNSET,
        display_name: Any = UNSET,
        tiers: list[TalentPoolTier] | Unset = UNSET,
        talent_pools: list[TalentPoolTier] | Unset = UNSET,
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("talent_pool_group_id", talent_pool_group_id)
        self._set("name", name)
        self._set("project_id", project_id)
        self._set("uuid", uuid)
        self._set("display_name", display_name)
        self._set("tiers", tiers)
        self._set("talent_pools", talent_pools)
        self._set("attributes", attributes)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_tier import TalentPoolTier  # noqa: PLC0415

        return {
            "talent_pool_group_id": _m.Field(_m.UUID, True, False),
            "name": _m.Field(_m.ANY, True, False),
            "project_id": _m.Field(_m.INT, True, False),
            "uuid": _m.Field(_m.UUID, False, False),
            "display_name": _m.Field(_m.ANY, False, True),
            "tiers": _m.Field(_m.List(_m.Model(TalentPoolTier)), False, False),
            "talent_pools": _m.Field(_m.List(_m.Model(TalentPoolTier)), False, False),
            "attributes": _m.Field(_m.List(_m.Model(TalentPoolGroupAttribute)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def talent_pool_group_id(self) -> UUID:
        """The group's UUID."""
        return cast("UUID", self._get("talent_pool_group_id"))

    @talent_pool_group_id.setter
    def talent_pool_group_id(self, value: UUID) -> None:
        self._set("talent_pool_group_id", value)

    @property
    def name(self) -> Any:
        """Internal name of the group."""
        return self._get("name")

    @name.setter
    def name(self, value: Any) -> None:
        self._set("name", value)

    @property
    def project_id(self) -> int:
        """Project the group belongs to."""
        return cast("int", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int) -> None:
        self._set("project_id", value)

    @property
    def uuid(self) -> UUID | None:
        """Spelling of the id in the overview guide's list example."""
        return cast("UUID | None", self._get("uuid"))

    @uuid.setter
    def uuid(self, value: UUID | None) -> None:
        self._set("uuid", value)

    @property
    def display_name(self) -> Any:
        """Name shown to providers."""
        return self._get("display_name")

    @display_name.setter
    def display_name(self, value: Any) -> None:
        self._set("display_name", value)

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

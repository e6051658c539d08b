from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute, TalentPoolGroupAttributeDict
    from ..models.talent_pool_new_tier_input import TalentPoolNewTierInput, TalentPoolNewTierInputDict


class TalentPoolGroupInput(_m.BaseModel):
    """Body of the create request.

    Example:
        {'name': 'Spring POS Refresh - Midwest', 'project_id': 2201, 'display_name': 'Midwest POS Techs', 'attributes':
            [{'name': 'certification_level', 'value': 'expert'}]}

    Attributes:
        name (str):
        project_id (int):
        display_name (str | None):
        attributes (list[TalentPoolGroupAttribute] | None): Attributes to upsert by name.
        talent_pools (list[TalentPoolNewTierInput] | None): Tiers to create with the group (overview guide form); names
            only.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        project_id: int,
        display_name: str | Unset = UNSET,
        attributes: list[TalentPoolGroupAttribute] | Unset = UNSET,
        talent_pools: list[TalentPoolNewTierInput] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("project_id", project_id)
        self._set("display_name", display_name)
        self._set("attributes", attributes)
        self._set("talent_pools", talent_pools)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.talent_pool_group_attribute import TalentPoolGroupAttribute  # noqa: PLC0415
        from ..models.talent_pool_new_tier_input import TalentPoolNewTierInput  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "project_id": _m.Field(_m.INT, True, False),
            "display_name": _m.Field(_m.STR, False, False),
            "attributes": _m.Field(_m.List(_m.Model(TalentPoolGroupAttribute)), False, False),
            "talent_pools": _m.Field(_m.List(_m.Model(TalentPoolNewTierInput)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def project_id(self) -> int:
        return cast("int", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int) -> None:
        self._set("project_id", value)

    @property
    def display_name(self) -> str | None:
        return cast("str | None", self._get("display_name"))

    @display_name.setter
    def display_name(self, value: str | None) -> None:
        self._set("display_name", value)

    @property
    def attributes(self) -> list[TalentPoolGroupAttribute] | None:
        """Attributes to upsert by name."""
        return cast("list[TalentPoolGroupAttribute] | None", self._get("attributes"))

    @attributes.setter
    def attributes(self, value: list[TalentPoolGroupAttribute] | None) -> None:
        self._set("attributes", value)

    @property
    def talent_pools(self) -> list[TalentPoolNewTierInput] | None:
        """Tiers to create with the group (overview guide form); names only."""
        return cast("list[TalentPoolNewTierInput] | None", self._get("talent_pools"))

    @talent_pools.setter
    def talent_pools(self, value: list[TalentPoolNewTierInput] | None) -> None:
        self._set("talent_pools", value)


class TalentPoolGroupInputDict(TypedDict, total=False):
    """:class:`TalentPoolGroupInput` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    project_id: Required[int]
    display_name: str
    attributes: list[TalentPoolGroupAttribute | TalentPoolGroupAttributeDict]
    talent_pools: list[TalentPoolNewTierInput | TalentPoolNewTierInputDict]

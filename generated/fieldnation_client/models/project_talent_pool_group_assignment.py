from __future__ import annotations

from typing import Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset


class ProjectTalentPoolGroupAssignment(_m.BaseModel):
    """One placement of a provider in a talent pool group, at one tier (talent pool) of that group.

    Example:
        {'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2}

    Attributes:
        talent_pool_group_id (str): UUID of the talent pool group.
        tier_id (int): Id of the tier (talent pool) within the group.
        talent_pool_group_name (str | None): Name of the group, when the API includes it in answers.
        tier_name (str | None): Name of the tier, when the API includes it in answers.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        talent_pool_group_id: str,
        tier_id: int,
        talent_pool_group_name: str | Unset = UNSET,
        tier_name: str | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("talent_pool_group_id", talent_pool_group_id)
        self._set("tier_id", tier_id)
        self._set("talent_pool_group_name", talent_pool_group_name)
        self._set("tier_name", tier_name)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "talent_pool_group_id": _m.Field(_m.STR, True, False),
            "tier_id": _m.Field(_m.INT, True, False),
            "talent_pool_group_name": _m.Field(_m.STR, False, False),
            "tier_name": _m.Field(_m.STR, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def talent_pool_group_id(self) -> str:
        """UUID of the talent pool group."""
        return cast("str", self._get("talent_pool_group_id"))

    @talent_pool_group_id.setter
    def talent_pool_group_id(self, value: str) -> None:
        self._set("talent_pool_group_id", value)

    @property
    def tier_id(self) -> int:
        """Id of the tier (talent pool) within the group."""
        return cast("int", self._get("tier_id"))

    @tier_id.setter
    def tier_id(self, value: int) -> None:
        self._set("tier_id", value)

    @property
    def talent_pool_group_name(self) -> str | None:
        """Name of the group, when the API includes it in answers."""
        return cast("str | None", self._get("talent_pool_group_name"))

    @talent_pool_group_name.setter
    def talent_pool_group_name(self, value: str | None) -> None:
        self._set("talent_pool_group_name", value)

    @property
    def tier_name(self) -> str | None:
        """Name of the tier, when the API includes it in answers."""
        return cast("str | None", self._get("tier_name"))

    @tier_name.setter
    def tier_name(self, value: str | None) -> None:
        self._set("tier_name", value)


class ProjectTalentPoolGroupAssignmentDict(TypedDict, total=False):
    """:class:`ProjectTalentPoolGroupAssignment` as plain data (JSON keys); accepted wherever the model is sent."""

    talent_pool_group_id: Required[str]
    tier_id: Required[int]
    talent_pool_group_name: str
    tier_name: str

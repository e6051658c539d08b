from __future__ import annotations

from typing import Any, cast

from .. import _models as _m
from ..types import UNSET


class ProjectTalentPoolGroupAssignment(_m.BaseModel):
    """One placement of a provider in a talent pool group, at one tier (talent pool) of that group.

    Example:
        {'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2}

    Attributes:
        talent_pool_group_id (Any): UUID of the talent pool group.
        tier_id (int): Id of the tier (talent pool) within the group.
        talent_pool_group_name (Any): Name of the group, when the API includes it in answers.
        tier_name (Any): Name of the tier, when the API includes it in answers.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        talent_pool_group_id: Any,
        tier_id: int,
        talent_pool_group_name: Any = UNSET,
        tier_name: Any = UNSET,
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
            "talent_pool_group_id": _m.Field(_m.ANY, True, False),
            "tier_id": _m.Field(_m.INT, True, False),
            "talent_pool_group_name": _m.Field(_m.ANY, False, False),
            "tier_name": _m.Field(_m.ANY, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def talent_pool_group_id(self) -> Any:
        """UUID of the talent pool group."""
        return self._get("talent_pool_group_id")

    @talent_pool_group_id.setter
    def talent_pool_group_id(self, value: Any) -> None:
        self._set("talent_pool_group_id", value)

    @property
    def tier_id(self) -> int:
        """Id of the tier (talent pool) within the group."""
        return cast("int", self._get("tier_id"))

    @tier_id.setter
    def tier_id(self, value: int) -> None:
        self._set("tier_id", value)

    @property
    def talent_pool_group_name(self) -> Any:
        """Name of the group, when the API includes it in answers."""
        return self._get("talent_pool_group_name")

    @talent_pool_group_name.setter
    def talent_pool_group_name(self, value: Any) -> None:
        self._set("talent_pool_group_name", value)

    @property
    def tier_name(self) -> Any:
        """Name of the tier, when the API includes it in answers."""
        return self._get("tier_name")

    @tier_name.setter
    def tier_name(self, value: Any) -> None:
        self._set("tier_name", value)

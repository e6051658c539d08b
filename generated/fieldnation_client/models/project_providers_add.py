from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_talent_pool_group_assignment import (
        ProjectTalentPoolGroupAssignment,
        ProjectTalentPoolGroupAssignmentDict,
    )


class ProjectProvidersAdd(_m.BaseModel):
    """Body of `POST /projects/{project_id}/providers`: the providers to add and, for each talent pool group, the tier they
    join. A group may appear more than once with different tiers.

        Example:
            {'provider_ids': [9002, 9003], 'talent_pool_groups': [{'talent_pool_group_id':
                'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 2}, {'talent_pool_group_id':
                '5b7d0e61-3f2a-4c8e-9a41-0d2f6c7e8b13', 'tier_id': 5}]}

        Attributes:
            provider_ids (list[int]):
            talent_pool_groups (list[ProjectTalentPoolGroupAssignment] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        provider_ids: list[int],
        talent_pool_groups: list[ProjectTalentPoolGroupAssignment] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("provider_ids", provider_ids)
        self._set("talent_pool_groups", talent_pool_groups)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment  # noqa: PLC0415

        return {
            "provider_ids": _m.Field(_m.List(_m.INT), True, False),
            "talent_pool_groups": _m.Field(_m.List(_m.Model(ProjectTalentPoolGroupAssignment)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def provider_ids(self) -> list[int]:
        return cast("list[int]", self._get("provider_ids"))

    @provider_ids.setter
    def provider_ids(self, value: list[int]) -> None:
        self._set("provider_ids", value)

    @property
    def talent_pool_groups(self) -> list[ProjectTalentPoolGroupAssignment] | None:
        return cast("list[ProjectTalentPoolGroupAssignment] | None", self._get("talent_pool_groups"))

    @talent_pool_groups.setter
    def talent_pool_groups(self, value: list[ProjectTalentPoolGroupAssignment] | None) -> None:
        self._set("talent_pool_groups", value)


class ProjectProvidersAddDict(TypedDict, total=False):
    """:class:`ProjectProvidersAdd` as plain data (JSON keys); accepted wherever the model is sent."""

    provider_ids: Required[list[int]]
    talent_pool_groups: list[ProjectTalentPoolGroupAssignment | ProjectTalentPoolGroupAssignmentDict]

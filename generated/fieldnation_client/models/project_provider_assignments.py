from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_talent_pool_group_assignment import (
        ProjectTalentPoolGroupAssignment,
        ProjectTalentPoolGroupAssignmentDict,
    )


class ProjectProviderAssignments(_m.BaseModel):
    """Every talent pool group and tier a provider holds within one project.

    Example:
        {'project_id': 2201, 'provider_id': 9001, 'talent_pool_groups': [{'talent_pool_group_id':
            'c9024ae8-781c-4aa9-b86f-543671db9208', 'talent_pool_group_name': 'Spring POS Refresh - Midwest', 'tier_id': 2,
            'tier_name': 'Tier 2 - Standard'}]}

    Attributes:
        talent_pool_groups (list[ProjectTalentPoolGroupAssignment]):
        project_id (int | None):
        provider_id (int | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        talent_pool_groups: list[ProjectTalentPoolGroupAssignment],
        project_id: int | Unset = UNSET,
        provider_id: int | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("talent_pool_groups", talent_pool_groups)
        self._set("project_id", project_id)
        self._set("provider_id", provider_id)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment  # noqa: PLC0415

        return {
            "talent_pool_groups": _m.Field(_m.List(_m.Model(ProjectTalentPoolGroupAssignment)), True, False),
            "project_id": _m.Field(_m.INT, False, False),
            "provider_id": _m.Field(_m.INT, False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def talent_pool_groups(self) -> list[ProjectTalentPoolGroupAssignment]:
        return cast("list[ProjectTalentPoolGroupAssignment]", self._get("talent_pool_groups"))

    @talent_pool_groups.setter
    def talent_pool_groups(self, value: list[ProjectTalentPoolGroupAssignment]) -> None:
        self._set("talent_pool_groups", value)

    @property
    def project_id(self) -> int | None:
        return cast("int | None", self._get("project_id"))

    @project_id.setter
    def project_id(self, value: int | None) -> None:
        self._set("project_id", value)

    @property
    def provider_id(self) -> int | None:
        return cast("int | None", self._get("provider_id"))

    @provider_id.setter
    def provider_id(self, value: int | None) -> None:
        self._set("provider_id", value)


class ProjectProviderAssignmentsDict(TypedDict, total=False):
    """:class:`ProjectProviderAssignments` as plain data (JSON keys); accepted wherever the model is sent."""

    talent_pool_groups: Required[
        list[ProjectTalentPoolGroupAssignment | ProjectTalentPoolGroupAssignmentDict]
    ]
    project_id: int
    provider_id: int

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.project_talent_pool_group_assignment import (
        ProjectTalentPoolGroupAssignment,
        ProjectTalentPoolGroupAssignmentDict,
    )


class ProjectProviderAssignmentsUpdate(_m.BaseModel):
    """Body of `PUT /projects/{project_id}/providers/{provider_id}`: the complete new set of group and tier placements.
    Placements not listed are removed.

        Example:
            {'talent_pool_groups': [{'talent_pool_group_id': 'c9024ae8-781c-4aa9-b86f-543671db9208', 'tier_id': 1}]}

        Attributes:
            talent_pool_groups (list[ProjectTalentPoolGroupAssignment]):
    """

    __slots__ = ()

    def __init__(self, *, talent_pool_groups: list[ProjectTalentPoolGroupAssignment]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("talent_pool_groups", talent_pool_groups)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.project_talent_pool_group_assignment import ProjectTalentPoolGroupAssignment  # noqa: PLC0415

        return {
            "talent_pool_groups": _m.Field(_m.List(_m.Model(ProjectTalentPoolGroupAssignment)), True, False)
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


class ProjectProviderAssignmentsUpdateDict(TypedDict, total=False):
    """:class:`ProjectProviderAssignmentsUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    talent_pool_groups: Required[
        list[ProjectTalentPoolGroupAssignment | ProjectTalentPoolGroupAssignmentDict]
    ]

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.problem_resolution_allowed_resolvers_item import ProblemResolutionAllowedResolversItem
from ..models.problem_resolution_status import ProblemResolutionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_resolution_time import ProblemResolutionTime
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="ProblemResolution")


@_attrs_define
class ProblemResolution:
    """Resolution state of a problem.

    Example:
        {'status': 'open', 'allowed_resolvers': ['buyer', 'support']}

    Attributes:
        status (ProblemResolutionStatus | Unset):
        at (ProblemResolutionTime | Unset): When a problem was resolved (a flat timestamp object with utc, date and
            time). Example: {'utc': '2026-07-01 16:30:00', 'date': '2026-07-01', 'time': '11:30:00'}.
        by (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        allowed_resolvers (list[ProblemResolutionAllowedResolversItem] | Unset): Who may mark the problem resolved.
    """

    status: ProblemResolutionStatus | Unset = UNSET
    at: ProblemResolutionTime | Unset = UNSET
    by: UserRef | Unset = UNSET
    allowed_resolvers: list[ProblemResolutionAllowedResolversItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.to_dict()

        by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by, Unset):
            by = self.by.to_dict()

        allowed_resolvers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_resolvers, Unset):
            allowed_resolvers = []
            for allowed_resolvers_item_data in self.allowed_resolvers:
                allowed_resolvers_item = allowed_resolvers_item_data.value
                allowed_resolvers.append(allowed_resolvers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if at is not UNSET:
            field_dict["at"] = at
        if by is not UNSET:
            field_dict["by"] = by
        if allowed_resolvers is not UNSET:
            field_dict["allowed_resolvers"] = allowed_resolvers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_resolution_time import ProblemResolutionTime  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ProblemResolutionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProblemResolutionStatus(_status)

        _at = d.pop("at", UNSET)
        at: ProblemResolutionTime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = ProblemResolutionTime.from_dict(_at)

        _by = d.pop("by", UNSET)
        by: UserRef | Unset
        if isinstance(_by, Unset):
            by = UNSET
        else:
            by = UserRef.from_dict(_by)

        _allowed_resolvers = d.pop("allowed_resolvers", UNSET)
        allowed_resolvers: list[ProblemResolutionAllowedResolversItem] | Unset = UNSET
        if _allowed_resolvers is not UNSET:
            allowed_resolvers = []
            for allowed_resolvers_item_data in _allowed_resolvers:
                allowed_resolvers_item = ProblemResolutionAllowedResolversItem(allowed_resolvers_item_data)

                allowed_resolvers.append(allowed_resolvers_item)

        problem_resolution = cls(status=status, at=at, by=by, allowed_resolvers=allowed_resolvers)

        problem_resolution.additional_properties = d
        return problem_resolution

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

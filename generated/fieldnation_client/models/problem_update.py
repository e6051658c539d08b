from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.problem_update_status import ProblemUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.problem_update_resolution import ProblemUpdateResolution


T = TypeVar("T", bound="ProblemUpdate")


@_attrs_define
class ProblemUpdate:
    """Body of `PUT /workorders/{work_order_id}/problems/{problem_id}`: resolve or reopen a problem, or correct its type
    and comments.

        Example:
            {'resolution': {'status': 'resolved'}}

        Attributes:
            status (ProblemUpdateStatus | Unset): Resolve or reopen the problem (the guide's top-level form of
                `resolution.status`).
            resolution (ProblemUpdateResolution | Unset):
            reopen_message (str | Unset): Why the problem is reopened.
            problem_reopened (bool | Unset):
            type_ (IdRef | Unset): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            comments (str | Unset):
    """

    status: ProblemUpdateStatus | Unset = UNSET
    resolution: ProblemUpdateResolution | Unset = UNSET
    reopen_message: str | Unset = UNSET
    problem_reopened: bool | Unset = UNSET
    type_: IdRef | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        resolution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.to_dict()

        reopen_message = self.reopen_message

        problem_reopened = self.problem_reopened

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if reopen_message is not UNSET:
            field_dict["reopen_message"] = reopen_message
        if problem_reopened is not UNSET:
            field_dict["problem_reopened"] = problem_reopened
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.problem_update_resolution import ProblemUpdateResolution  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ProblemUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProblemUpdateStatus(_status)

        _resolution = d.pop("resolution", UNSET)
        resolution: ProblemUpdateResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ProblemUpdateResolution.from_dict(_resolution)

        reopen_message = d.pop("reopen_message", UNSET)

        problem_reopened = d.pop("problem_reopened", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: IdRef | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IdRef.from_dict(_type_)

        comments = d.pop("comments", UNSET)

        problem_update = cls(
            status=status,
            resolution=resolution,
            reopen_message=reopen_message,
            problem_reopened=problem_reopened,
            type_=type_,
            comments=comments,
        )

        problem_update.additional_properties = d
        return problem_update

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

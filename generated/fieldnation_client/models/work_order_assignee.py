from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="WorkOrderAssignee")


@_attrs_define
class WorkOrderAssignee:
    """The provider assigned to the work order, with the actions the caller may take on the assignment.

    Example:
        {'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'work_order_id': 1001, 'actions':
            ['unassign']}

    Attributes:
        user (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
            'first_name': 'Dana', 'last_name': 'Whitfield'}.
        role (str | Unset): Role of the assignee on the work order.
        work_order_id (int | Unset):
        status_id (int | Unset):
        reason_id (int | Unset): Reason given when the assignment was removed.
        comment (str | Unset):
        actions (list[str] | Unset):
        correlation_id (str | Unset):
    """

    user: UserRef | Unset = UNSET
    role: str | Unset = UNSET
    work_order_id: int | Unset = UNSET
    status_id: int | Unset = UNSET
    reason_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    correlation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        role = self.role

        work_order_id = self.work_order_id

        status_id = self.status_id

        reason_id = self.reason_id

        comment = self.comment

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if role is not UNSET:
            field_dict["role"] = role
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if actions is not UNSET:
            field_dict["actions"] = actions
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        role = d.pop("role", UNSET)

        work_order_id = d.pop("work_order_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        reason_id = d.pop("reason_id", UNSET)

        comment = d.pop("comment", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        correlation_id = d.pop("correlation_id", UNSET)

        work_order_assignee = cls(
            user=user,
            role=role,
            work_order_id=work_order_id,
            status_id=status_id,
            reason_id=reason_id,
            comment=comment,
            actions=actions,
            correlation_id=correlation_id,
        )

        work_order_assignee.additional_properties = d
        return work_order_assignee

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

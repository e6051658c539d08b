from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.work_order_assign_request_conflicts_item import WorkOrderAssignRequestConflictsItem


T = TypeVar("T", bound="WorkOrderAssignRequest")


@_attrs_define
class WorkOrderAssignRequest:
    """The provider to assign directly. Assigning creates the contract with the provider and commits the work order's
    funds.

        Example:
            {'user': {'id': 9001}, 'ignored_missing_qualifications': False}

        Attributes:
            user (IdRef): A reference sent in request bodies (`{"id": 62}`). Example: {'id': 62}.
            ignored_missing_qualifications (bool | Unset): Assign even if the provider lacks some of the work order's
                qualifications. Default: False.
            conflicts (list[WorkOrderAssignRequestConflictsItem] | Unset): Schedule conflicts of the provider that the
                caller acknowledges.
    """

    user: IdRef
    ignored_missing_qualifications: bool | Unset = False
    conflicts: list[WorkOrderAssignRequestConflictsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        ignored_missing_qualifications = self.ignored_missing_qualifications

        conflicts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conflicts, Unset):
            conflicts = []
            for conflicts_item_data in self.conflicts:
                conflicts_item = conflicts_item_data.to_dict()
                conflicts.append(conflicts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"user": user})
        if ignored_missing_qualifications is not UNSET:
            field_dict["ignored_missing_qualifications"] = ignored_missing_qualifications
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.work_order_assign_request_conflicts_item import WorkOrderAssignRequestConflictsItem  # noqa: PLC0415

        d = dict(src_dict)
        user = IdRef.from_dict(d.pop("user"))

        ignored_missing_qualifications = d.pop("ignored_missing_qualifications", UNSET)

        _conflicts = d.pop("conflicts", UNSET)
        conflicts: list[WorkOrderAssignRequestConflictsItem] | Unset = UNSET
        if _conflicts is not UNSET:
            conflicts = []
            for conflicts_item_data in _conflicts:
                conflicts_item = WorkOrderAssignRequestConflictsItem.from_dict(conflicts_item_data)

                conflicts.append(conflicts_item)

        work_order_assign_request = cls(
            user=user, ignored_missing_qualifications=ignored_missing_qualifications, conflicts=conflicts
        )

        work_order_assign_request.additional_properties = d
        return work_order_assign_request

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

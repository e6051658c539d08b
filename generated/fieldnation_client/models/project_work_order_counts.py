from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectWorkOrderCounts")


@_attrs_define
class ProjectWorkOrderCounts:
    """Number of the project's work orders in each group of statuses.

    Example:
        {'today': 2, 'draft': 5, 'published_routed': 3, 'assigned': 8, 'work_done': 1, 'approved_paid': 40}

    Attributes:
        today (int | Unset):
        draft (int | Unset):
        published_routed (int | Unset):
        assigned (int | Unset):
        work_done (int | Unset):
        approved_paid (int | Unset):
    """

    today: int | Unset = UNSET
    draft: int | Unset = UNSET
    published_routed: int | Unset = UNSET
    assigned: int | Unset = UNSET
    work_done: int | Unset = UNSET
    approved_paid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        today = self.today

        draft = self.draft

        published_routed = self.published_routed

        assigned = self.assigned

        work_done = self.work_done

        approved_paid = self.approved_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if today is not UNSET:
            field_dict["today"] = today
        if draft is not UNSET:
            field_dict["draft"] = draft
        if published_routed is not UNSET:
            field_dict["published_routed"] = published_routed
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if work_done is not UNSET:
            field_dict["work_done"] = work_done
        if approved_paid is not UNSET:
            field_dict["approved_paid"] = approved_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        today = d.pop("today", UNSET)

        draft = d.pop("draft", UNSET)

        published_routed = d.pop("published_routed", UNSET)

        assigned = d.pop("assigned", UNSET)

        work_done = d.pop("work_done", UNSET)

        approved_paid = d.pop("approved_paid", UNSET)

        project_work_order_counts = cls(
            today=today,
            draft=draft,
            published_routed=published_routed,
            assigned=assigned,
            work_done=work_done,
            approved_paid=approved_paid,
        )

        project_work_order_counts.additional_properties = d
        return project_work_order_counts

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

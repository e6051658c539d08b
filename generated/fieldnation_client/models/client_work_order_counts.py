from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientWorkOrderCounts")


@_attrs_define
class ClientWorkOrderCounts:
    """Number of the client's work orders per stage.

    Example:
        {'all': 42, 'today': 2, 'draft': 5, 'published_routed': 8, 'assigned': 12, 'work_done': 3, 'approved_paid': 14}

    Attributes:
        all_ (int | Unset):
        today (int | Unset):
        draft (int | Unset):
        published_routed (int | Unset):
        assigned (int | Unset):
        work_done (int | Unset):
        approved_paid (int | Unset):
    """

    all_: int | Unset = UNSET
    today: int | Unset = UNSET
    draft: int | Unset = UNSET
    published_routed: int | Unset = UNSET
    assigned: int | Unset = UNSET
    work_done: int | Unset = UNSET
    approved_paid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        today = self.today

        draft = self.draft

        published_routed = self.published_routed

        assigned = self.assigned

        work_done = self.work_done

        approved_paid = self.approved_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
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
        all_ = d.pop("all", UNSET)

        today = d.pop("today", UNSET)

        draft = d.pop("draft", UNSET)

        published_routed = d.pop("published_routed", UNSET)

        assigned = d.pop("assigned", UNSET)

        work_done = d.pop("work_done", UNSET)

        approved_paid = d.pop("approved_paid", UNSET)

        client_work_order_counts = cls(
            all_=all_,
            today=today,
            draft=draft,
            published_routed=published_routed,
            assigned=assigned,
            work_done=work_done,
            approved_paid=approved_paid,
        )

        client_work_order_counts.additional_properties = d
        return client_work_order_counts

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="Milestones")


@_attrs_define
class Milestones:
    """Lifecycle timestamps of a work order plus derived durations. A step that has not happened yet is absent.

    Example:
        {'time_to_dispatch': 86400, 'time_to_work_done': 172800, 'time_alive': 345600, 'created': {'utc': '2026-06-27
            14:00:00'}, 'published': {'utc': '2026-06-27 14:30:00'}, 'routed': {'utc': '2026-06-27 15:00:00'}, 'assigned':
            {'utc': '2026-06-28 14:00:00'}, 'workdone': {'utc': '2026-06-30 14:00:00'}}

    Attributes:
        time_to_dispatch (float | Unset): Seconds from creation to assignment.
        time_to_work_done (float | Unset): Seconds from assignment to work done.
        time_alive (float | Unset): Seconds since creation (or until closing).
        time_to_approve (float | Unset): Seconds from work done to approval.
        created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        published (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        routed (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        assigned (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        workdone (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        approved (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        paid (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        canceled (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    time_to_dispatch: float | Unset = UNSET
    time_to_work_done: float | Unset = UNSET
    time_alive: float | Unset = UNSET
    time_to_approve: float | Unset = UNSET
    created: DateObject | Unset = UNSET
    published: DateObject | Unset = UNSET
    routed: DateObject | Unset = UNSET
    assigned: DateObject | Unset = UNSET
    workdone: DateObject | Unset = UNSET
    approved: DateObject | Unset = UNSET
    paid: DateObject | Unset = UNSET
    canceled: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_to_dispatch = self.time_to_dispatch

        time_to_work_done = self.time_to_work_done

        time_alive = self.time_alive

        time_to_approve = self.time_to_approve

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        published: dict[str, Any] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.to_dict()

        routed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routed, Unset):
            routed = self.routed.to_dict()

        assigned: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigned, Unset):
            assigned = self.assigned.to_dict()

        workdone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workdone, Unset):
            workdone = self.workdone.to_dict()

        approved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved, Unset):
            approved = self.approved.to_dict()

        paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.to_dict()

        canceled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canceled, Unset):
            canceled = self.canceled.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_to_dispatch is not UNSET:
            field_dict["time_to_dispatch"] = time_to_dispatch
        if time_to_work_done is not UNSET:
            field_dict["time_to_work_done"] = time_to_work_done
        if time_alive is not UNSET:
            field_dict["time_alive"] = time_alive
        if time_to_approve is not UNSET:
            field_dict["time_to_approve"] = time_to_approve
        if created is not UNSET:
            field_dict["created"] = created
        if published is not UNSET:
            field_dict["published"] = published
        if routed is not UNSET:
            field_dict["routed"] = routed
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if workdone is not UNSET:
            field_dict["workdone"] = workdone
        if approved is not UNSET:
            field_dict["approved"] = approved
        if paid is not UNSET:
            field_dict["paid"] = paid
        if canceled is not UNSET:
            field_dict["canceled"] = canceled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        time_to_dispatch = d.pop("time_to_dispatch", UNSET)

        time_to_work_done = d.pop("time_to_work_done", UNSET)

        time_alive = d.pop("time_alive", UNSET)

        time_to_approve = d.pop("time_to_approve", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _published = d.pop("published", UNSET)
        published: DateObject | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            published = DateObject.from_dict(_published)

        _routed = d.pop("routed", UNSET)
        routed: DateObject | Unset
        if isinstance(_routed, Unset):
            routed = UNSET
        else:
            routed = DateObject.from_dict(_routed)

        _assigned = d.pop("assigned", UNSET)
        assigned: DateObject | Unset
        if isinstance(_assigned, Unset):
            assigned = UNSET
        else:
            assigned = DateObject.from_dict(_assigned)

        _workdone = d.pop("workdone", UNSET)
        workdone: DateObject | Unset
        if isinstance(_workdone, Unset):
            workdone = UNSET
        else:
            workdone = DateObject.from_dict(_workdone)

        _approved = d.pop("approved", UNSET)
        approved: DateObject | Unset
        if isinstance(_approved, Unset):
            approved = UNSET
        else:
            approved = DateObject.from_dict(_approved)

        _paid = d.pop("paid", UNSET)
        paid: DateObject | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = DateObject.from_dict(_paid)

        _canceled = d.pop("canceled", UNSET)
        canceled: DateObject | Unset
        if isinstance(_canceled, Unset):
            canceled = UNSET
        else:
            canceled = DateObject.from_dict(_canceled)

        milestones = cls(
            time_to_dispatch=time_to_dispatch,
            time_to_work_done=time_to_work_done,
            time_alive=time_alive,
            time_to_approve=time_to_approve,
            created=created,
            published=published,
            routed=routed,
            assigned=assigned,
            workdone=workdone,
            approved=approved,
            paid=paid,
            canceled=canceled,
        )

        milestones.additional_properties = d
        return milestones

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

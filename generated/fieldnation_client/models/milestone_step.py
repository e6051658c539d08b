from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.milestone_step_actor import MilestoneStepActor


T = TypeVar("T", bound="MilestoneStep")


@_attrs_define
class MilestoneStep:
    """One lifecycle step in the guide's list form of the milestones.

    Attributes:
        name (str): Step id; the guide lists created, published, routed, assigned, confirmed, checked_in, checked_out,
            work_done, approved and paid.
        label (str | Unset):
        completed (bool | Unset):
        completed_at (DateObject | None | Unset): When the step happened; null while it has not.
        actor (MilestoneStepActor | Unset): Who completed the step.
    """

    name: str
    label: str | Unset = UNSET
    completed: bool | Unset = UNSET
    completed_at: DateObject | None | Unset = UNSET
    actor: MilestoneStepActor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        name = self.name

        label = self.label

        completed = self.completed

        completed_at: dict[str, Any] | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, DateObject):
            completed_at = self.completed_at.to_dict()
        else:
            completed_at = self.completed_at

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"name": name})
        if label is not UNSET:
            field_dict["label"] = label
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if actor is not UNSET:
            field_dict["actor"] = actor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.milestone_step_actor import MilestoneStepActor  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label", UNSET)

        completed = d.pop("completed", UNSET)

        def _parse_completed_at(data: object) -> DateObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_at_type_0 = DateObject.from_dict(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateObject | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _actor = d.pop("actor", UNSET)
        actor: MilestoneStepActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = MilestoneStepActor.from_dict(_actor)

        milestone_step = cls(
            name=name, label=label, completed=completed, completed_at=completed_at, actor=actor
        )

        milestone_step.additional_properties = d
        return milestone_step

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

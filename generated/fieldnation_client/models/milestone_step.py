from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.milestone_step_actor import MilestoneStepActor, MilestoneStepActorDict


class MilestoneStep(_m.BaseModel):
    """One lifecycle step in the guide's list form of the milestones.

    Attributes:
        name (str): Step id; the guide lists created, published, routed, assigned, confirmed, checked_in, checked_out,
            work_done, approved and paid.
        label (str | None):
        completed (bool | None):
        completed_at (DateObject | None): When the step happened; null while it has not.
        actor (MilestoneStepActor | None): Who completed the step.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        label: str | Unset = UNSET,
        completed: bool | Unset = UNSET,
        completed_at: DateObject | None | Unset = UNSET,
        actor: MilestoneStepActor | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("name", name)
        self._set("label", label)
        self._set("completed", completed)
        self._set("completed_at", completed_at)
        self._set("actor", actor)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.milestone_step_actor import MilestoneStepActor  # noqa: PLC0415

        return {
            "name": _m.Field(_m.STR, True, False),
            "label": _m.Field(_m.STR, False, False),
            "completed": _m.Field(_m.BOOL, False, False),
            "completed_at": _m.Field(_m.Model(DateObject), False, True),
            "actor": _m.Field(_m.Model(MilestoneStepActor), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def name(self) -> str:
        """Step id; the guide lists created, published, routed, assigned, confirmed, checked_in, checked_out,
        work_done, approved and paid."""
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def label(self) -> str | None:
        return cast("str | None", self._get("label"))

    @label.setter
    def label(self, value: str | None) -> None:
        self._set("label", value)

    @property
    def completed(self) -> bool | None:
        return cast("bool | None", self._get("completed"))

    @completed.setter
    def completed(self, value: bool | None) -> None:
        self._set("completed", value)

    @property
    def completed_at(self) -> DateObject | None:
        """When the step happened; null while it has not."""
        return cast("DateObject | None", self._get("completed_at"))

    @completed_at.setter
    def completed_at(self, value: DateObject | None) -> None:
        self._set("completed_at", value)

    @property
    def actor(self) -> MilestoneStepActor | None:
        """Who completed the step."""
        return cast("MilestoneStepActor | None", self._get("actor"))

    @actor.setter
    def actor(self, value: MilestoneStepActor | None) -> None:
        self._set("actor", value)


class MilestoneStepDict(TypedDict, total=False):
    """:class:`MilestoneStep` as plain data (JSON keys); accepted wherever the model is sent."""

    name: Required[str]
    label: str
    completed: bool
    completed_at: DateObject | DateObjectDict | None
    actor: MilestoneStepActor | MilestoneStepActorDict

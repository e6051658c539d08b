from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m

if TYPE_CHECKING:
    from ..models.milestone_step import MilestoneStep, MilestoneStepDict


class MilestoneSteps(_m.BaseModel):
    """The milestones as a list of named steps, the form the newer milestones guide shows: each step with its label,
    whether it happened, when, and who did it.

        Example:
            {'results': [{'name': 'published', 'label': 'Published', 'completed': True, 'completed_at': {'utc': '2024-01-10
                09:00:00'}, 'actor': {'name': 'System'}}, {'name': 'checked_in', 'label': 'Checked In', 'completed': False,
                'completed_at': None}]}

        Attributes:
            results (list[MilestoneStep]):
    """

    __slots__ = ()

    def __init__(self, *, results: list[MilestoneStep]) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("results", results)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.milestone_step import MilestoneStep  # noqa: PLC0415

        return {"results": _m.Field(_m.List(_m.Model(MilestoneStep)), True, False)}

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def results(self) -> list[MilestoneStep]:
        return cast("list[MilestoneStep]", self._get("results"))

    @results.setter
    def results(self, value: list[MilestoneStep]) -> None:
        self._set("results", value)


class MilestoneStepsDict(TypedDict, total=False):
    """:class:`MilestoneSteps` as plain data (JSON keys); accepted wherever the model is sent."""

    results: Required[list[MilestoneStep | MilestoneStepDict]]

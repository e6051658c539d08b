from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict


class Milestones(_m.BaseModel):
    """Lifecycle timestamps of a work order plus derived durations. A step that has not happened yet is absent.

    Example:
        {'time_to_dispatch': 86400, 'time_to_work_done': 172800, 'time_alive': 345600, 'created': {'utc': '2026-06-27
            14:00:00'}, 'published': {'utc': '2026-06-27 14:30:00'}, 'routed': {'utc': '2026-06-27 15:00:00'}, 'assigned':
            {'utc': '2026-06-28 14:00:00'}, 'workdone': {'utc': '2026-06-30 14:00:00'}}

    Attributes:
        time_to_dispatch (float | None): Seconds from creation to assignment.
        time_to_work_done (float | None): Seconds from assignment to work done.
        time_alive (float | None): Seconds since creation (or until closing).
        time_to_approve (float | None): Seconds from work done to approval.
        created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        published (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        routed (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        assigned (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        workdone (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        approved (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        paid (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
        canceled (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        time_to_dispatch: float | Unset = UNSET,
        time_to_work_done: float | Unset = UNSET,
        time_alive: float | Unset = UNSET,
        time_to_approve: float | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        published: DateObject | Unset = UNSET,
        routed: DateObject | Unset = UNSET,
        assigned: DateObject | Unset = UNSET,
        workdone: DateObject | Unset = UNSET,
        approved: DateObject | Unset = UNSET,
        paid: DateObject | Unset = UNSET,
        canceled: DateObject | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("time_to_dispatch", time_to_dispatch)
        self._set("time_to_work_done", time_to_work_done)
        self._set("time_alive", time_alive)
        self._set("time_to_approve", time_to_approve)
        self._set("created", created)
        self._set("published", published)
        self._set("routed", routed)
        self._set("assigned", assigned)
        self._set("workdone", workdone)
        self._set("approved", approved)
        self._set("paid", paid)
        self._set("canceled", canceled)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415

        return {
            "time_to_dispatch": _m.Field(_m.FLOAT, False, False),
            "time_to_work_done": _m.Field(_m.FLOAT, False, False),
            "time_alive": _m.Field(_m.FLOAT, False, False),
            "time_to_approve": _m.Field(_m.FLOAT, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "published": _m.Field(_m.Model(DateObject), False, False),
            "routed": _m.Field(_m.Model(DateObject), False, False),
            "assigned": _m.Field(_m.Model(DateObject), False, False),
            "workdone": _m.Field(_m.Model(DateObject), False, False),
            "approved": _m.Field(_m.Model(DateObject), False, False),
            "paid": _m.Field(_m.Model(DateObject), False, False),
            "canceled": _m.Field(_m.Model(DateObject), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def time_to_dispatch(self) -> float | None:
        """Seconds from creation to assignment."""
        return cast("float | None", self._get("time_to_dispatch"))

    @time_to_dispatch.setter
    def time_to_dispatch(self, value: float | None) -> None:
        self._set("time_to_dispatch", value)

    @property
    def time_to_work_done(self) -> float | None:
        """Seconds from assignment to work done."""
        return cast("float | None", self._get("time_to_work_done"))

    @time_to_work_done.setter
    def time_to_work_done(self, value: float | None) -> None:
        self._set("time_to_work_done", value)

    @property
    def time_alive(self) -> float | None:
        """Seconds since creation (or until closing)."""
        return cast("float | None", self._get("time_alive"))

    @time_alive.setter
    def time_alive(self, value: float | None) -> None:
        self._set("time_alive", value)

    @property
    def time_to_approve(self) -> float | None:
        """Seconds from work done to approval."""
        return cast("float | None", self._get("time_to_approve"))

    @time_to_approve.setter
    def time_to_approve(self, value: float | None) -> None:
        self._set("time_to_approve", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def published(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("published"))

    @published.setter
    def published(self, value: DateObject | None) -> None:
        self._set("published", value)

    @property
    def routed(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("routed"))

    @routed.setter
    def routed(self, value: DateObject | None) -> None:
        self._set("routed", value)

    @property
    def assigned(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("assigned"))

    @assigned.setter
    def assigned(self, value: DateObject | None) -> None:
        self._set("assigned", value)

    @property
    def workdone(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("workdone"))

    @workdone.setter
    def workdone(self, value: DateObject | None) -> None:
        self._set("workdone", value)

    @property
    def approved(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("approved"))

    @approved.setter
    def approved(self, value: DateObject | None) -> None:
        self._set("approved", value)

    @property
    def paid(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("paid"))

    @paid.setter
    def paid(self, value: DateObject | None) -> None:
        self._set("paid", value)

    @property
    def canceled(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("canceled"))

    @canceled.setter
    def canceled(self, value: DateObject | None) -> None:
        self._set("canceled", value)


class MilestonesDict(TypedDict, total=False):
    """:class:`Milestones` as plain data (JSON keys); accepted wherever the model is sent."""

    time_to_dispatch: float
    time_to_work_done: float
    time_alive: float
    time_to_approve: float
    created: DateObject | DateObjectDict
    published: DateObject | DateObjectDict
    routed: DateObject | DateObjectDict
    assigned: DateObject | DateObjectDict
    workdone: DateObject | DateObjectDict
    approved: DateObject | DateObjectDict
    paid: DateObject | DateObjectDict
    canceled: DateObject | DateObjectDict

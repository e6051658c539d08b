from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.eta_actions_item import EtaActionsItem
from ..models.eta_mode import EtaMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.eta_condition import EtaCondition, EtaConditionDict
    from ..models.eta_status import EtaStatus, EtaStatusDict
    from ..models.eta_task import EtaTask, EtaTaskDict
    from ..models.user_ref import UserRef, UserRefDict


class Eta(_m.BaseModel):
    """The assigned provider's estimated time of arrival: the arrival window they committed to, their hour estimate and
    notes, the confirmation status and, before check-in, their live condition.

        Example:
            {'work_order_id': 1001, 'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'task': {'id': 19511},
                'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}},
                'end': {'utc': '2026-07-01 16:00:00', 'local': {'date': '2026-07-01', 'time': '11:00:00'}}, 'hour_estimate': 2,
                'notes': 'Bringing a spare power supply.', 'status': {'name': 'confirmed', 'updated': {'utc': '2026-06-30
                18:00:00'}}, 'actions': ['confirm']}

        Attributes:
            work_order_id (int | None):
            user (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            task (EtaTask | None): The "Set ETA" task of the work order.
            mode (EtaMode | None): Mode of the service window the ETA answers.
            start (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            end (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            hour_estimate (float | None): Hours the provider expects to spend on site.
            window_duration (float | None): Length of the arrival window.
            notes (str | None):
            status (EtaStatus | None): Where the provider stands on the way to the site, and when that last changed.
            condition (EtaCondition | None): Live condition of the provider before check-in: whether they are on schedule or
                running late, the expected delay, drive time, distance and last known position.
            updated (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            correlation_id (str | None):
            actions (list[EtaActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_order_id: int | Unset = UNSET,
        user: UserRef | Unset = UNSET,
        task: EtaTask | Unset = UNSET,
        mode: EtaMode | Unset = UNSET,
        start: DateObject | Unset = UNSET,
        end: DateObject | Unset = UNSET,
        hour_estimate: float | Unset = UNSET,
        window_duration: float | Unset = UNSET,
        notes: str | Unset = UNSET,
        status: EtaStatus | Unset = UNSET,
        condition: EtaCondition | Unset = UNSET,
        updated: DateObject | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[EtaActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_id", work_order_id)
        self._set("user", user)
        self._set("task", task)
        self._set("mode", mode)
        self._set("start", start)
        self._set("end", end)
        self._set("hour_estimate", hour_estimate)
        self._set("window_duration", window_duration)
        self._set("notes", notes)
        self._set("status", status)
        self._set("condition", condition)
        self._set("updated", updated)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta_condition import EtaCondition  # noqa: PLC0415
        from ..models.eta_status import EtaStatus  # noqa: PLC0415
        from ..models.eta_task import EtaTask  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "work_order_id": _m.Field(_m.INT, False, False),
            "user": _m.Field(_m.Model(UserRef), False, False),
            "task": _m.Field(_m.Model(EtaTask), False, False),
            "mode": _m.Field(_m.Enum(EtaMode), False, False),
            "start": _m.Field(_m.Model(DateObject), False, False),
            "end": _m.Field(_m.Model(DateObject), False, False),
            "hour_estimate": _m.Field(_m.FLOAT, False, False),
            "window_duration": _m.Field(_m.FLOAT, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Model(EtaStatus), False, False),
            "condition": _m.Field(_m.Model(EtaCondition), False, False),
            "updated": _m.Field(_m.Model(DateObject), False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.Enum(EtaActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def work_order_id(self) -> int | None:
        return cast("int | None", self._get("work_order_id"))

    @work_order_id.setter
    def work_order_id(self, value: int | None) -> None:
        self._set("work_order_id", value)

    @property
    def user(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("user"))

    @user.setter
    def user(self, value: UserRef | None) -> None:
        self._set("user", value)

    @property
    def task(self) -> EtaTask | None:
        """The "Set ETA" task of the work order."""
        return cast("EtaTask | None", self._get("task"))

    @task.setter
    def task(self, value: EtaTask | None) -> None:
        self._set("task", value)

    @property
    def mode(self) -> EtaMode | None:
        """Mode of the service window the ETA answers."""
        return cast("EtaMode | None", self._get("mode"))

    @mode.setter
    def mode(self, value: EtaMode | None) -> None:
        self._set("mode", value)

    @property
    def start(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("start"))

    @start.setter
    def start(self, value: DateObject | None) -> None:
        self._set("start", value)

    @property
    def end(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("end"))

    @end.setter
    def end(self, value: DateObject | None) -> None:
        self._set("end", value)

    @property
    def hour_estimate(self) -> float | None:
        """Hours the provider expects to spend on site."""
        return cast("float | None", self._get("hour_estimate"))

    @hour_estimate.setter
    def hour_estimate(self, value: float | None) -> None:
        self._set("hour_estimate", value)

    @property
    def window_duration(self) -> float | None:
        """Length of the arrival window."""
        return cast("float | None", self._get("window_duration"))

    @window_duration.setter
    def window_duration(self, value: float | None) -> None:
        self._set("window_duration", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def status(self) -> EtaStatus | None:
        """Where the provider stands on the way to the site, and when that last changed."""
        return cast("EtaStatus | None", self._get("status"))

    @status.setter
    def status(self, value: EtaStatus | None) -> None:
        self._set("status", value)

    @property
    def condition(self) -> EtaCondition | None:
        """Live condition of the provider before check-in: whether they are on schedule or running late, the
        expected delay, drive time, distance and last known position."""
        return cast("EtaCondition | None", self._get("condition"))

    @condition.setter
    def condition(self, value: EtaCondition | None) -> None:
        self._set("condition", value)

    @property
    def updated(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("updated"))

    @updated.setter
    def updated(self, value: DateObject | None) -> None:
        self._set("updated", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[EtaActionsItem] | None:
        return cast("list[EtaActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[EtaActionsItem] | None) -> None:
        self._set("actions", value)


class EtaDict(TypedDict, total=False):
    """:class:`Eta` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_id: int
    user: UserRef | UserRefDict
    task: EtaTask | EtaTaskDict
    mode: EtaMode | str
    start: DateObject | DateObjectDict
    end: DateObject | DateObjectDict
    hour_estimate: float
    window_duration: float
    notes: str
    status: EtaStatus | EtaStatusDict
    condition: EtaCondition | EtaConditionDict
    updated: DateObject | DateObjectDict
    correlation_id: str
    actions: list[EtaActionsItem | str]

from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.pending_request_actions_item import PendingRequestActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.eta import Eta, EtaDict
    from ..models.expense import Expense, ExpenseDict
    from ..models.pay import Pay, PayDict
    from ..models.schedule import Schedule, ScheduleDict
    from ..models.user_ref import UserRef, UserRefDict


class PendingRequest(_m.BaseModel):
    """A provider's request to take a routed work order, possibly with a counter-offer (different pay, schedule or
    expenses). The work order embeds these under `requests`.

        Example:
            {'id': 5101, 'active': True, 'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'expires': {'utc':
                '2026-06-30 13:45:00'}, 'hour_estimate': 2, 'notes': 'Available Wednesday morning.', 'user': {'id': 9001,
                'first_name': 'Luis', 'last_name': 'Ortega'}}

        Attributes:
            id (int):
            active (bool | None): Whether the request is still open.
            counter (bool | None): Whether the request carries a counter-offer.
            counter_notes (str | None):
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            expires (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            expired (bool | None):
            eta (Eta | None): The assigned provider's estimated time of arrival: the arrival window they committed to, their
                hour estimate and notes, the confirmation status and, before check-in, their live condition.
            schedule (Schedule | None): The schedule of a work order, as embedded in it under `schedule`.
            hour_estimate (float | None):
            notes (str | None):
            pay (Pay | None): The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold,
                computed totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The same
                object is embedded in the work order under `pay`.
            expenses (list[Expense] | None): Expenses the provider asks for (counter-offers).
            user (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            actions (list[PendingRequestActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        active: bool | Unset = UNSET,
        counter: bool | Unset = UNSET,
        counter_notes: str | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        expires: DateObject | Unset = UNSET,
        expired: bool | Unset = UNSET,
        eta: Eta | Unset = UNSET,
        schedule: Schedule | Unset = UNSET,
        hour_estimate: float | Unset = UNSET,
        notes: str | Unset = UNSET,
        pay: Pay | Unset = UNSET,
        expenses: list[Expense] | Unset = UNSET,
        user: UserRef | Unset = UNSET,
        actions: list[PendingRequestActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("active", active)
        self._set("counter", counter)
        self._set("counter_notes", counter_notes)
        self._set("created", created)
        self._set("expires", expires)
        self._set("expired", expired)
        self._set("eta", eta)
        self._set("schedule", schedule)
        self._set("hour_estimate", hour_estimate)
        self._set("notes", notes)
        self._set("pay", pay)
        self._set("expenses", expenses)
        self._set("user", user)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta import Eta  # noqa: PLC0415
        from ..models.expense import Expense  # noqa: PLC0415
        from ..models.pay import Pay  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "active": _m.Field(_m.BOOL, False, False),
            "counter": _m.Field(_m.BOOL, False, False),
            "counter_notes": _m.Field(_m.STR, False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "expires": _m.Field(_m.Model(DateObject), False, False),
            "expired": _m.Field(_m.BOOL, False, False),
            "eta": _m.Field(_m.Model(Eta), False, False),
            "schedule": _m.Field(_m.Model(Schedule), False, False),
            "hour_estimate": _m.Field(_m.FLOAT, False, False),
            "notes": _m.Field(_m.STR, False, False),
            "pay": _m.Field(_m.Model(Pay), False, False),
            "expenses": _m.Field(_m.List(_m.Model(Expense)), False, False),
            "user": _m.Field(_m.Model(UserRef), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PendingRequestActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int:
        return cast("int", self._get("id"))

    @id.setter
    def id(self, value: int) -> None:
        self._set("id", value)

    @property
    def active(self) -> bool | None:
        """Whether the request is still open."""
        return cast("bool | None", self._get("active"))

    @active.setter
    def active(self, value: bool | None) -> None:
        self._set("active", value)

    @property
    def counter(self) -> bool | None:
        """Whether the request carries a counter-offer."""
        return cast("bool | None", self._get("counter"))

    @counter.setter
    def counter(self, value: bool | None) -> None:
        self._set("counter", value)

    @property
    def counter_notes(self) -> str | None:
        return cast("str | None", self._get("counter_notes"))

    @counter_notes.setter
    def counter_notes(self, value: str | None) -> None:
        self._set("counter_notes", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def expires(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("expires"))

    @expires.setter
    def expires(self, value: DateObject | None) -> None:
        self._set("expires", value)

    @property
    def expired(self) -> bool | None:
        return cast("bool | None", self._get("expired"))

    @expired.setter
    def expired(self, value: bool | None) -> None:
        self._set("expired", value)

    @property
    def eta(self) -> Eta | None:
        """The assigned provider's estimated time of arrival: the arrival window they committed to, their hour
        estimate and notes, the confirmation status and, before check-in, their live condition."""
        return cast("Eta | None", self._get("eta"))

    @eta.setter
    def eta(self, value: Eta | None) -> None:
        self._set("eta", value)

    @property
    def schedule(self) -> Schedule | None:
        """The schedule of a work order, as embedded in it under `schedule`."""
        return cast("Schedule | None", self._get("schedule"))

    @schedule.setter
    def schedule(self, value: Schedule | None) -> None:
        self._set("schedule", value)

    @property
    def hour_estimate(self) -> float | None:
        return cast("float | None", self._get("hour_estimate"))

    @hour_estimate.setter
    def hour_estimate(self, value: float | None) -> None:
        self._set("hour_estimate", value)

    @property
    def notes(self) -> str | None:
        return cast("str | None", self._get("notes"))

    @notes.setter
    def notes(self, value: str | None) -> None:
        self._set("notes", value)

    @property
    def pay(self) -> Pay | None:
        """The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold, computed
        totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The
        same object is embedded in the work order under `pay`."""
        return cast("Pay | None", self._get("pay"))

    @pay.setter
    def pay(self, value: Pay | None) -> None:
        self._set("pay", value)

    @property
    def expenses(self) -> list[Expense] | None:
        """Expenses the provider asks for (counter-offers)."""
        return cast("list[Expense] | None", self._get("expenses"))

    @expenses.setter
    def expenses(self, value: list[Expense] | None) -> None:
        self._set("expenses", value)

    @property
    def user(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("user"))

    @user.setter
    def user(self, value: UserRef | None) -> None:
        self._set("user", value)

    @property
    def actions(self) -> list[PendingRequestActionsItem] | None:
        return cast("list[PendingRequestActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PendingRequestActionsItem] | None) -> None:
        self._set("actions", value)


class PendingRequestDict(TypedDict, total=False):
    """:class:`PendingRequest` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    active: bool
    counter: bool
    counter_notes: str
    created: DateObject | DateObjectDict
    expires: DateObject | DateObjectDict
    expired: bool
    eta: Eta | EtaDict
    schedule: Schedule | ScheduleDict
    hour_estimate: float
    notes: str
    pay: Pay | PayDict
    expenses: list[Expense | ExpenseDict]
    user: UserRef | UserRefDict
    actions: list[PendingRequestActionsItem | str]

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_request_actions_item import PendingRequestActionsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject
    from ..models.eta import Eta
    from ..models.expense import Expense
    from ..models.pay import Pay
    from ..models.schedule import Schedule
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="PendingRequest")


@_attrs_define
class PendingRequest:
    """A provider's request to take a routed work order, possibly with a counter-offer (different pay, schedule or
    expenses). The work order embeds these under `requests`.

        Example:
            {'id': 5101, 'active': True, 'counter': False, 'created': {'utc': '2026-06-29 13:45:00'}, 'expires': {'utc':
                '2026-06-30 13:45:00'}, 'hour_estimate': 2, 'notes': 'Available Wednesday morning.', 'user': {'id': 9001,
                'first_name': 'Luis', 'last_name': 'Ortega'}}

        Attributes:
            id (int):
            active (bool | Unset): Whether the request is still open.
            counter (bool | Unset): Whether the request carries a counter-offer.
            counter_notes (str | Unset):
            created (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            expires (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
                Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
            expired (bool | Unset):
            eta (Eta | Unset): The assigned provider's estimated time of arrival: the arrival window they committed to,
                their hour estimate and notes, the confirmation status and, before check-in, their live condition. Example:
                {'work_order_id': 1001, 'user': {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'task': {'id': 19511},
                'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}},
                'end': {'utc': '2026-07-01 16:00:00', 'local': {'date': '2026-07-01', 'time': '11:00:00'}}, 'hour_estimate': 2,
                'notes': 'Bringing a spare power supply.', 'status': {'name': 'confirmed', 'updated': {'utc': '2026-06-30
                18:00:00'}}, 'actions': ['confirm']}.
            schedule (Schedule | Unset): The schedule of a work order, as embedded in it under `schedule`. Example:
                {'work_order_id': 1001, 'service_window': {'mode': 'exact', 'start': {'utc': '2026-07-01 14:00:00', 'local':
                {'date': '2026-07-01', 'time': '09:00:00'}}}, 'schedule_note': 'Loading dock opens at 8 AM; check in with
                security.', 'schedule_option': 0, 'time_zone': {'id': 5, 'name': 'America/Chicago', 'short': 'CDT', 'offset':
                -5}, 'status_id': 2, 'company_id': 501, 'today_tomorrow': ''}.
            hour_estimate (float | Unset):
            notes (str | Unset):
            pay (Pay | Unset): The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold,
                computed totals, and the lists of bonuses, penalties, discounts, increases and expenses applied to it. The same
                object is embedded in the work order under `pay`. Example: {'work_order_id': 1001, 'type': 'fixed', 'base':
                {'amount': 400, 'units': 1}, 'additional': {'amount': 0, 'units': 0}, 'fees': [], 'hold': {'id': 3101, 'amount':
                0, 'charged': False}, 'hours': 0, 'reported_hours': 0, 'number_of_devices': 0, 'minimum_payment': 0, 'range':
                {'min': 400, 'max': 400}, 'labor_sum': 0, 'total': 425, 'bonuses': {'metadata': {'total': 1, 'page': 1, 'pages':
                1, 'per_page': 25}, 'sum': {'all': 25, 'charged': 25, 'uncharged': 0}, 'results': [{'id': 12, 'name': 'Weekend
                work', 'description': 'Paid when the visit falls on a Saturday or Sunday.', 'calculation': 'fixed', 'modifier':
                25, 'amount': 25, 'charged': True}], 'actions': ['add']}, 'discounts': {'metadata': {'total': 0, 'page': 1,
                'pages': 0, 'per_page': 25}, 'sum': {'all': 0}, 'results': [], 'actions': []}, 'increases': {'metadata':
                {'total': 0, 'page': 1, 'pages': 0, 'per_page': 25}, 'sum': {'all': 0}, 'results': [], 'actions': []}}.
            expenses (list[Expense] | Unset): Expenses the provider asks for (counter-offers).
            user (UserRef | Unset): A user as embedded in other objects (author, assignee, manager). Example: {'id': 7001,
                'first_name': 'Dana', 'last_name': 'Whitfield'}.
            actions (list[PendingRequestActionsItem] | Unset):
    """

    id: int
    active: bool | Unset = UNSET
    counter: bool | Unset = UNSET
    counter_notes: str | Unset = UNSET
    created: DateObject | Unset = UNSET
    expires: DateObject | Unset = UNSET
    expired: bool | Unset = UNSET
    eta: Eta | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    hour_estimate: float | Unset = UNSET
    notes: str | Unset = UNSET
    pay: Pay | Unset = UNSET
    expenses: list[Expense] | Unset = UNSET
    user: UserRef | Unset = UNSET
    actions: list[PendingRequestActionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active

        counter = self.counter

        counter_notes = self.counter_notes

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        expires: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.to_dict()

        expired = self.expired

        eta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eta, Unset):
            eta = self.eta.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        hour_estimate = self.hour_estimate

        notes = self.notes

        pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay, Unset):
            pay = self.pay.to_dict()

        expenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expenses, Unset):
            expenses = []
            for expenses_item_data in self.expenses:
                expenses_item = expenses_item_data.to_dict()
                expenses.append(expenses_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if active is not UNSET:
            field_dict["active"] = active
        if counter is not UNSET:
            field_dict["counter"] = counter
        if counter_notes is not UNSET:
            field_dict["counter_notes"] = counter_notes
        if created is not UNSET:
            field_dict["created"] = created
        if expires is not UNSET:
            field_dict["expires"] = expires
        if expired is not UNSET:
            field_dict["expired"] = expired
        if eta is not UNSET:
            field_dict["eta"] = eta
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if hour_estimate is not UNSET:
            field_dict["hour_estimate"] = hour_estimate
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pay is not UNSET:
            field_dict["pay"] = pay
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if user is not UNSET:
            field_dict["user"] = user
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.eta import Eta  # noqa: PLC0415
        from ..models.expense import Expense  # noqa: PLC0415
        from ..models.pay import Pay  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        active = d.pop("active", UNSET)

        counter = d.pop("counter", UNSET)

        counter_notes = d.pop("counter_notes", UNSET)

        _created = d.pop("created", UNSET)
        created: DateObject | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = DateObject.from_dict(_created)

        _expires = d.pop("expires", UNSET)
        expires: DateObject | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = DateObject.from_dict(_expires)

        expired = d.pop("expired", UNSET)

        _eta = d.pop("eta", UNSET)
        eta: Eta | Unset
        if isinstance(_eta, Unset):
            eta = UNSET
        else:
            eta = Eta.from_dict(_eta)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        hour_estimate = d.pop("hour_estimate", UNSET)

        notes = d.pop("notes", UNSET)

        _pay = d.pop("pay", UNSET)
        pay: Pay | Unset
        if isinstance(_pay, Unset):
            pay = UNSET
        else:
            pay = Pay.from_dict(_pay)

        _expenses = d.pop("expenses", UNSET)
        expenses: list[Expense] | Unset = UNSET
        if _expenses is not UNSET:
            expenses = []
            for expenses_item_data in _expenses:
                expenses_item = Expense.from_dict(expenses_item_data)

                expenses.append(expenses_item)

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        _actions = d.pop("actions", UNSET)
        actions: list[PendingRequestActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PendingRequestActionsItem(actions_item_data)

                actions.append(actions_item)

        pending_request = cls(
            id=id,
            active=active,
            counter=counter,
            counter_notes=counter_notes,
            created=created,
            expires=expires,
            expired=expired,
            eta=eta,
            schedule=schedule,
            hour_estimate=hour_estimate,
            notes=notes,
            pay=pay,
            expenses=expenses,
            user=user,
            actions=actions,
        )

        pending_request.additional_properties = d
        return pending_request

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

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..models.pay_increase_actions_item import PayIncreaseActionsItem
from ..models.pay_increase_status import PayIncreaseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject, DateObjectDict
    from ..models.pay_increase_approved_by import PayIncreaseApprovedBy, PayIncreaseApprovedByDict
    from ..models.pay_rate import PayRate, PayRateDict
    from ..models.user_ref import UserRef, UserRefDict


class PayIncrease(_m.BaseModel):
    """A request to raise a work order's pay, usually from the assigned provider when the scope grows. The buyer accepts or
    denies it; `pay` is the rate being asked for.

        Example:
            {'id': 310, 'description': 'Second printer found on site; needs one more hour.', 'status': 'pending', 'pay':
                {'type': 'fixed', 'base': {'amount': 450, 'units': 1}, 'additional': {'amount': 0, 'units': 0}}, 'author':
                {'id': 9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'created': {'utc': '2026-07-01 16:20:00'}, 'actions':
                ['accept', 'deny']}

        Attributes:
            id (int):
            description (str | None): Why the increase is requested.
            status (PayIncreaseStatus | None): `pending`, `accepted` or `denied` (generated models; what the local sandbox
                answers); the guide writes `approved` and `rejected`.
            amount (Decimal | None): Dollars asked for (guide's form).
            reason (str | None): Why the increase is asked for (guide's form of `description`).
            requested_by (str | None): Who asked for it, for example `provider` (guide).
            approved_by (PayIncreaseApprovedBy | None): Who approved it (guide).
            status_description (str | None): Note recorded with the last status change.
            pay (PayRate | None): The rate part of a pay object (type, base and additional amounts). Used where only the
                rate matters, such as the pay a provider proposes in a pay increase.
            author (UserRef | None): A user as embedded in other objects (author, assignee, manager).
            created (DateObject | None): Field Nation's timestamp object, UTC plus the local date and time where known.
            actions (list[PayIncreaseActionsItem] | None): What the caller may do with the increase.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        description: str | Unset = UNSET,
        status: PayIncreaseStatus | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        reason: str | Unset = UNSET,
        requested_by: str | Unset = UNSET,
        approved_by: PayIncreaseApprovedBy | Unset = UNSET,
        status_description: str | Unset = UNSET,
        pay: PayRate | Unset = UNSET,
        author: UserRef | Unset = UNSET,
        created: DateObject | Unset = UNSET,
        actions: list[PayIncreaseActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("description", description)
        self._set("status", status)
        self._set("amount", amount)
        self._set("reason", reason)
        self._set("requested_by", requested_by)
        self._set("approved_by", approved_by)
        self._set("status_description", status_description)
        self._set("pay", pay)
        self._set("author", author)
        self._set("created", created)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.date_object import DateObject  # noqa: PLC0415
        from ..models.pay_increase_approved_by import PayIncreaseApprovedBy  # noqa: PLC0415
        from ..models.pay_rate import PayRate  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, True, False),
            "description": _m.Field(_m.STR, False, False),
            "status": _m.Field(_m.Enum(PayIncreaseStatus), False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "reason": _m.Field(_m.STR, False, False),
            "requested_by": _m.Field(_m.STR, False, False),
            "approved_by": _m.Field(_m.Model(PayIncreaseApprovedBy), False, False),
            "status_description": _m.Field(_m.STR, False, False),
            "pay": _m.Field(_m.Model(PayRate), False, False),
            "author": _m.Field(_m.Model(UserRef), False, False),
            "created": _m.Field(_m.Model(DateObject), False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayIncreaseActionsItem)), False, False),
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
    def description(self) -> str | None:
        """Why the increase is requested."""
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def status(self) -> PayIncreaseStatus | None:
        """`pending`, `accepted` or `denied` (generated models; what the local sandbox answers); the guide
        writes `approved` and `rejected`."""
        return cast("PayIncreaseStatus | None", self._get("status"))

    @status.setter
    def status(self, value: PayIncreaseStatus | None) -> None:
        self._set("status", value)

    @property
    def amount(self) -> Decimal | None:
        """Dollars asked for (guide's form)."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def reason(self) -> str | None:
        """Why the increase is asked for (guide's form of `description`)."""
        return cast("str | None", self._get("reason"))

    @reason.setter
    def reason(self, value: str | None) -> None:
        self._set("reason", value)

    @property
    def requested_by(self) -> str | None:
        """Who asked for it, for example `provider` (guide)."""
        return cast("str | None", self._get("requested_by"))

    @requested_by.setter
    def requested_by(self, value: str | None) -> None:
        self._set("requested_by", value)

    @property
    def approved_by(self) -> PayIncreaseApprovedBy | None:
        """Who approved it (guide)."""
        return cast("PayIncreaseApprovedBy | None", self._get("approved_by"))

    @approved_by.setter
    def approved_by(self, value: PayIncreaseApprovedBy | None) -> None:
        self._set("approved_by", value)

    @property
    def status_description(self) -> str | None:
        """Note recorded with the last status change."""
        return cast("str | None", self._get("status_description"))

    @status_description.setter
    def status_description(self, value: str | None) -> None:
        self._set("status_description", value)

    @property
    def pay(self) -> PayRate | None:
        """The rate part of a pay object (type, base and additional amounts). Used where only the rate matters,
        such as the pay a provider proposes in a pay increase."""
        return cast("PayRate | None", self._get("pay"))

    @pay.setter
    def pay(self, value: PayRate | None) -> None:
        self._set("pay", value)

    @property
    def author(self) -> UserRef | None:
        """A user as embedded in other objects (author, assignee, manager)."""
        return cast("UserRef | None", self._get("author"))

    @author.setter
    def author(self, value: UserRef | None) -> None:
        self._set("author", value)

    @property
    def created(self) -> DateObject | None:
        """Field Nation's timestamp object, UTC plus the local date and time where known."""
        return cast("DateObject | None", self._get("created"))

    @created.setter
    def created(self, value: DateObject | None) -> None:
        self._set("created", value)

    @property
    def actions(self) -> list[PayIncreaseActionsItem] | None:
        """What the caller may do with the increase."""
        return cast("list[PayIncreaseActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayIncreaseActionsItem] | None) -> None:
        self._set("actions", value)


class PayIncreaseDict(TypedDict, total=False):
    """:class:`PayIncrease` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    description: str
    status: PayIncreaseStatus | str
    amount: Decimal | float | str
    reason: str
    requested_by: str
    approved_by: PayIncreaseApprovedBy | PayIncreaseApprovedByDict
    status_description: str
    pay: PayRate | PayRateDict
    author: UserRef | UserRefDict
    created: DateObject | DateObjectDict
    actions: list[PayIncreaseActionsItem | str]

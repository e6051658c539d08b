from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.pay_actions_item import PayActionsItem
from ..models.pay_type import PayType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_list import ExpenseList, ExpenseListDict
    from ..models.pay_amount import PayAmount, PayAmountDict
    from ..models.pay_expense_summary import PayExpenseSummary, PayExpenseSummaryDict
    from ..models.pay_finance import PayFinance, PayFinanceDict
    from ..models.pay_funding_item import PayFundingItem, PayFundingItemDict
    from ..models.pay_increase_list import PayIncreaseList, PayIncreaseListDict
    from ..models.pay_invoice import PayInvoice, PayInvoiceDict
    from ..models.pay_modifier import PayModifier, PayModifierDict
    from ..models.pay_modifier_list import PayModifierList, PayModifierListDict
    from ..models.pay_range import PayRange, PayRangeDict
    from ..models.pay_total_summary import PayTotalSummary, PayTotalSummaryDict


class Pay(_m.BaseModel):
    """The full pay breakdown of a work order: rate (`type`, `base`, `additional`), fees, hold, computed totals, and the
    lists of bonuses, penalties, discounts, increases and expenses applied to it. The same object is embedded in the
    work order under `pay`.

        Example:
            {'work_order_id': 1001, 'type': 'fixed', 'base': {'amount': 400, 'units': 1}, 'additional': {'amount': 0,
                'units': 0}, 'fees': [], 'hold': {'id': 3101, 'amount': 0, 'charged': False}, 'hours': 0, 'reported_hours': 0,
                'number_of_devices': 0, 'minimum_payment': 0, 'range': {'min': 400, 'max': 400}, 'labor_sum': 0, 'total': 425,
                'bonuses': {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25}, 'sum': {'all': 25, 'charged': 25,
                'uncharged': 0}, 'results': [{'id': 12, 'name': 'Weekend work', 'description': 'Paid when the visit falls on a
                Saturday or Sunday.', 'calculation': 'fixed', 'modifier': 25, 'amount': 25, 'charged': True}], 'actions':
                ['add']}, 'discounts': {'metadata': {'total': 0, 'page': 1, 'pages': 0, 'per_page': 25}, 'sum': {'all': 0},
                'results': [], 'actions': []}, 'increases': {'metadata': {'total': 0, 'page': 1, 'pages': 0, 'per_page': 25},
                'sum': {'all': 0}, 'results': [], 'actions': []}}

        Attributes:
            work_order_id (int | None):
            type_ (PayType | None): How the work is paid: `fixed` (flat amount), `hourly` (rate up to a maximum of hours),
                `blended` (flat amount for the first hours, then hourly), `device` (rate per device).
            base (PayAmount | None): An amount paired with a number of units. What the pair means depends on the pay type:
                `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours.
            additional (PayAmount | None): An amount paired with a number of units. What the pair means depends on the pay
                type: `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours.
            role (str | None): Role of the caller for this work order (decides which fields are shown).
            correlation_id (str | None):
            actions (list[PayActionsItem] | None): What the caller may do with the pay.
            fees (list[PayModifier] | None): Fees charged on the work order (cancellation, provider, buyer fees...).
            finance (PayFinance | None): The company account that funds the work order.
            hold (PayModifier | None): One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or
                the hold. `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`);
                `amount` is the resulting dollar value.
            payment (PayModifier | None): One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or
                the hold. `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`);
                `amount` is the resulting dollar value.
            hours (float | None): Hours logged on the work order.
            reported_hours (float | None): Hours the provider reported.
            number_of_devices (float | None): Devices the provider reported (per-device pay).
            minimum_payment (Decimal | None):
            max_pay (Decimal | None): Highest amount the work order can pay under its rate.
            range_ (PayRange | None): Lowest and highest possible labor pay.
            labor_sum (Decimal | None): Labor pay earned so far.
            total (Decimal | PayTotalSummary | None): Total pay including modifiers and approved expenses: a number
                (playground), or `{amount, hours_worked}` (pay guide).
            fees_cancellation_pending (bool | None):
            passive_cancellation_amount (Decimal | None):
            fee_cancellation_queued (str | None):
            fee_cancellation_charged (str | None):
            status_id (int | str | None): Pay status id (the playground example shows a string).
            funding (list[PayFundingItem] | None): Funding transactions behind the pay.
            invoice (PayInvoice | None): Invoice issued for the work order, once it is approved.
            bonuses (PayModifierList | list[PayModifier] | None): The bonus lines; a bare array in the pay guide's example.
            penalties (PayModifierList | list[PayModifier] | None): The penalty lines; a bare array in the pay guide's
                example.
            discounts (PayModifierList | None): A list of pay modifiers (bonuses, penalties or discounts) with their sums.
                Discounts carry only `sum.all`.
            increases (PayIncreaseList | None): The pay increases of a work order (the local sandbox lists them newest
                first; Field Nation documents no order).
            expenses (ExpenseList | PayExpenseSummary | None): The expenses; only their `{pending, approved}` sums in the
                pay guide's example.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        work_order_id: int | Unset = UNSET,
        type_: PayType | Unset = UNSET,
        base: PayAmount | Unset = UNSET,
        additional: PayAmount | Unset = UNSET,
        role: str | Unset = UNSET,
        correlation_id: str | Unset = UNSET,
        actions: list[PayActionsItem] | Unset = UNSET,
        fees: list[PayModifier] | Unset = UNSET,
        finance: PayFinance | Unset = UNSET,
        hold: PayModifier | Unset = UNSET,
        payment: PayModifier | Unset = UNSET,
        hours: float | Unset = UNSET,
        reported_hours: float | Unset = UNSET,
        number_of_devices: float | Unset = UNSET,
        minimum_payment: Decimal | Unset = UNSET,
        max_pay: Decimal | Unset = UNSET,
        range_: PayRange | Unset = UNSET,
        labor_sum: Decimal | Unset = UNSET,
        total: Decimal | PayTotalSummary | Unset = UNSET,
        fees_cancellation_pending: bool | Unset = UNSET,
        passive_cancellation_amount: Decimal | Unset = UNSET,
        fee_cancellation_queued: str | Unset = UNSET,
        fee_cancellation_charged: str | Unset = UNSET,
        status_id: int | str | Unset = UNSET,
        funding: list[PayFundingItem] | Unset = UNSET,
        invoice: PayInvoice | Unset = UNSET,
        bonuses: PayModifierList | list[PayModifier] | Unset = UNSET,
        penalties: PayModifierList | list[PayModifier] | Unset = UNSET,
        discounts: PayModifierList | Unset = UNSET,
        increases: PayIncreaseList | Unset = UNSET,
        expenses: ExpenseList | PayExpenseSummary | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("work_order_id", work_order_id)
        self._set("type", type_)
        self._set("base", base)
        self._set("additional", additional)
        self._set("role", role)
        self._set("correlation_id", correlation_id)
        self._set("actions", actions)
        self._set("fees", fees)
        self._set("finance", finance)
        self._set("hold", hold)
        self._set("payment", payment)
        self._set("hours", hours)
        self._set("reported_hours", reported_hours)
        self._set("number_of_devices", number_of_devices)
        self._set("minimum_payment", minimum_payment)
        self._set("max_pay", max_pay)
        self._set("range", range_)
        self._set("labor_sum", labor_sum)
        self._set("total", total)
        self._set("fees_cancellation_pending", fees_cancellation_pending)
        self._set("passive_cancellation_amount", passive_cancellation_amount)
        self._set("fee_cancellation_queued", fee_cancellation_queued)
        self._set("fee_cancellation_charged", fee_cancellation_charged)
        self._set("status_id", status_id)
        self._set("funding", funding)
        self._set("invoice", invoice)
        self._set("bonuses", bonuses)
        self._set("penalties", penalties)
        self._set("discounts", discounts)
        self._set("increases", increases)
        self._set("expenses", expenses)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.expense_list import ExpenseList  # noqa: PLC0415
        from ..models.pay_amount import PayAmount  # noqa: PLC0415
        from ..models.pay_expense_summary import PayExpenseSummary  # noqa: PLC0415
        from ..models.pay_finance import PayFinance  # noqa: PLC0415
        from ..models.pay_funding_item import PayFundingItem  # noqa: PLC0415
        from ..models.pay_increase_list import PayIncreaseList  # noqa: PLC0415
        from ..models.pay_invoice import PayInvoice  # noqa: PLC0415
        from ..models.pay_modifier import PayModifier  # noqa: PLC0415
        from ..models.pay_modifier_list import PayModifierList  # noqa: PLC0415
        from ..models.pay_range import PayRange  # noqa: PLC0415
        from ..models.pay_total_summary import PayTotalSummary  # noqa: PLC0415

        return {
            "work_order_id": _m.Field(_m.INT, False, False),
            "type": _m.Field(_m.Enum(PayType), False, False),
            "base": _m.Field(_m.Model(PayAmount), False, False),
            "additional": _m.Field(_m.Model(PayAmount), False, False),
            "role": _m.Field(_m.STR, False, False),
            "correlation_id": _m.Field(_m.STR, False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayActionsItem)), False, False),
            "fees": _m.Field(_m.List(_m.Model(PayModifier)), False, False),
            "finance": _m.Field(_m.Model(PayFinance), False, False),
            "hold": _m.Field(_m.Model(PayModifier), False, False),
            "payment": _m.Field(_m.Model(PayModifier), False, False),
            "hours": _m.Field(_m.FLOAT, False, False),
            "reported_hours": _m.Field(_m.FLOAT, False, False),
            "number_of_devices": _m.Field(_m.FLOAT, False, False),
            "minimum_payment": _m.Field(_m.DECIMAL, False, False),
            "max_pay": _m.Field(_m.DECIMAL, False, False),
            "range": _m.Field(_m.Model(PayRange), False, False),
            "labor_sum": _m.Field(_m.DECIMAL, False, False),
            "total": _m.Field(_m.Union((_m.DECIMAL, _m.Model(PayTotalSummary))), False, False),
            "fees_cancellation_pending": _m.Field(_m.BOOL, False, False),
            "passive_cancellation_amount": _m.Field(_m.DECIMAL, False, False),
            "fee_cancellation_queued": _m.Field(_m.STR, False, False),
            "fee_cancellation_charged": _m.Field(_m.STR, False, False),
            "status_id": _m.Field(_m.Union((_m.INT, _m.STR)), False, False),
            "funding": _m.Field(_m.List(_m.Model(PayFundingItem)), False, False),
            "invoice": _m.Field(_m.Model(PayInvoice), False, False),
            "bonuses": _m.Field(
                _m.Union((_m.Model(PayModifierList), _m.List(_m.Model(PayModifier)))), False, False
            ),
            "penalties": _m.Field(
                _m.Union((_m.Model(PayModifierList), _m.List(_m.Model(PayModifier)))), False, False
            ),
            "discounts": _m.Field(_m.Model(PayModifierList), False, False),
            "increases": _m.Field(_m.Model(PayIncreaseList), False, False),
            "expenses": _m.Field(
                _m.Union((_m.Model(ExpenseList), _m.Model(PayExpenseSummary))), False, False
            ),
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
    def type_(self) -> PayType | None:
        """How the work is paid: `fixed` (flat amount), `hourly` (rate up to a maximum of hours), `blended`
        (flat amount for the first hours, then hourly), `device` (rate per device)."""
        return cast("PayType | None", self._get("type"))

    @type_.setter
    def type_(self, value: PayType | None) -> None:
        self._set("type", value)

    @property
    def base(self) -> PayAmount | None:
        """An amount paired with a number of units. What the pair means depends on the pay type: `fixed` base
        is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
        `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount
        for the first `units` hours and `additional` the hourly rate for up to `units` more hours."""
        return cast("PayAmount | None", self._get("base"))

    @base.setter
    def base(self, value: PayAmount | None) -> None:
        self._set("base", value)

    @property
    def additional(self) -> PayAmount | None:
        """An amount paired with a number of units. What the pair means depends on the pay type: `fixed` base
        is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
        `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount
        for the first `units` hours and `additional` the hourly rate for up to `units` more hours."""
        return cast("PayAmount | None", self._get("additional"))

    @additional.setter
    def additional(self, value: PayAmount | None) -> None:
        self._set("additional", value)

    @property
    def role(self) -> str | None:
        """Role of the caller for this work order (decides which fields are shown)."""
        return cast("str | None", self._get("role"))

    @role.setter
    def role(self, value: str | None) -> None:
        self._set("role", value)

    @property
    def correlation_id(self) -> str | None:
        return cast("str | None", self._get("correlation_id"))

    @correlation_id.setter
    def correlation_id(self, value: str | None) -> None:
        self._set("correlation_id", value)

    @property
    def actions(self) -> list[PayActionsItem] | None:
        """What the caller may do with the pay."""
        return cast("list[PayActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayActionsItem] | None) -> None:
        self._set("actions", value)

    @property
    def fees(self) -> list[PayModifier] | None:
        """Fees charged on the work order (cancellation, provider, buyer fees...)."""
        return cast("list[PayModifier] | None", self._get("fees"))

    @fees.setter
    def fees(self, value: list[PayModifier] | None) -> None:
        self._set("fees", value)

    @property
    def finance(self) -> PayFinance | None:
        """The company account that funds the work order."""
        return cast("PayFinance | None", self._get("finance"))

    @finance.setter
    def finance(self, value: PayFinance | None) -> None:
        self._set("finance", value)

    @property
    def hold(self) -> PayModifier | None:
        """One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or the hold.
        `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`);
        `amount` is the resulting dollar value."""
        return cast("PayModifier | None", self._get("hold"))

    @hold.setter
    def hold(self, value: PayModifier | None) -> None:
        self._set("hold", value)

    @property
    def payment(self) -> PayModifier | None:
        """One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or the hold.
        `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`);
        `amount` is the resulting dollar value."""
        return cast("PayModifier | None", self._get("payment"))

    @payment.setter
    def payment(self, value: PayModifier | None) -> None:
        self._set("payment", value)

    @property
    def hours(self) -> float | None:
        """Hours logged on the work order."""
        return cast("float | None", self._get("hours"))

    @hours.setter
    def hours(self, value: float | None) -> None:
        self._set("hours", value)

    @property
    def reported_hours(self) -> float | None:
        """Hours the provider reported."""
        return cast("float | None", self._get("reported_hours"))

    @reported_hours.setter
    def reported_hours(self, value: float | None) -> None:
        self._set("reported_hours", value)

    @property
    def number_of_devices(self) -> float | None:
        """Devices the provider reported (per-device pay)."""
        return cast("float | None", self._get("number_of_devices"))

    @number_of_devices.setter
    def number_of_devices(self, value: float | None) -> None:
        self._set("number_of_devices", value)

    @property
    def minimum_payment(self) -> Decimal | None:
        return cast("Decimal | None", self._get("minimum_payment"))

    @minimum_payment.setter
    def minimum_payment(self, value: Decimal | None) -> None:
        self._set("minimum_payment", value)

    @property
    def max_pay(self) -> Decimal | None:
        """Highest amount the work order can pay under its rate."""
        return cast("Decimal | None", self._get("max_pay"))

    @max_pay.setter
    def max_pay(self, value: Decimal | None) -> None:
        self._set("max_pay", value)

    @property
    def range_(self) -> PayRange | None:
        """Lowest and highest possible labor pay."""
        return cast("PayRange | None", self._get("range"))

    @range_.setter
    def range_(self, value: PayRange | None) -> None:
        self._set("range", value)

    @property
    def labor_sum(self) -> Decimal | None:
        """Labor pay earned so far."""
        return cast("Decimal | None", self._get("labor_sum"))

    @labor_sum.setter
    def labor_sum(self, value: Decimal | None) -> None:
        self._set("labor_sum", value)

    @property
    def total(self) -> Decimal | PayTotalSummary | None:
        """Total pay including modifiers and approved expenses: a number (playground), or `{amount,
        hours_worked}` (pay guide)."""
        return cast("Decimal | PayTotalSummary | None", self._get("total"))

    @total.setter
    def total(self, value: Decimal | PayTotalSummary | None) -> None:
        self._set("total", value)

    @property
    def fees_cancellation_pending(self) -> bool | None:
        return cast("bool | None", self._get("fees_cancellation_pending"))

    @fees_cancellation_pending.setter
    def fees_cancellation_pending(self, value: bool | None) -> None:
        self._set("fees_cancellation_pending", value)

    @property
    def passive_cancellation_amount(self) -> Decimal | None:
        return cast("Decimal | None", self._get("passive_cancellation_amount"))

    @passive_cancellation_amount.setter
    def passive_cancellation_amount(self, value: Decimal | None) -> None:
        self._set("passive_cancellation_amount", value)

    @property
    def fee_cancellation_queued(self) -> str | None:
        return cast("str | None", self._get("fee_cancellation_queued"))

    @fee_cancellation_queued.setter
    def fee_cancellation_queued(self, value: str | None) -> None:
        self._set("fee_cancellation_queued", value)

    @property
    def fee_cancellation_charged(self) -> str | None:
        return cast("str | None", self._get("fee_cancellation_charged"))

    @fee_cancellation_charged.setter
    def fee_cancellation_charged(self, value: str | None) -> None:
        self._set("fee_cancellation_charged", value)

    @property
    def status_id(self) -> int | str | None:
        """Pay status id (the playground example shows a string)."""
        return cast("int | str | None", self._get("status_id"))

    @status_id.setter
    def status_id(self, value: int | str | None) -> None:
        self._set("status_id", value)

    @property
    def funding(self) -> list[PayFundingItem] | None:
        """Funding transactions behind the pay."""
        return cast("list[PayFundingItem] | None", self._get("funding"))

    @funding.setter
    def funding(self, value: list[PayFundingItem] | None) -> None:
        self._set("funding", value)

    @property
    def invoice(self) -> PayInvoice | None:
        """Invoice issued for the work order, once it is approved."""
        return cast("PayInvoice | None", self._get("invoice"))

    @invoice.setter
    def invoice(self, value: PayInvoice | None) -> None:
        self._set("invoice", value)

    @property
    def bonuses(self) -> PayModifierList | list[PayModifier] | None:
        """The bonus lines; a bare array in the pay guide's example."""
        return cast("PayModifierList | list[PayModifier] | None", self._get("bonuses"))

    @bonuses.setter
    def bonuses(self, value: PayModifierList | list[PayModifier] | None) -> None:
        self._set("bonuses", value)

    @property
    def penalties(self) -> PayModifierList | list[PayModifier] | None:
        """The penalty lines; a bare array in the pay guide's example."""
        return cast("PayModifierList | list[PayModifier] | None", self._get("penalties"))

    @penalties.setter
    def penalties(self, value: PayModifierList | list[PayModifier] | None) -> None:
        self._set("penalties", value)

    @property
    def discounts(self) -> PayModifierList | None:
        """A list of pay modifiers (bonuses, penalties or discounts) with their sums. Discounts carry only
        `sum.all`."""
        return cast("PayModifierList | None", self._get("discounts"))

    @discounts.setter
    def discounts(self, value: PayModifierList | None) -> None:
        self._set("discounts", value)

    @property
    def increases(self) -> PayIncreaseList | None:
        """The pay increases of a work order (the local sandbox lists them newest first; Field Nation documents
        no order)."""
        return cast("PayIncreaseList | None", self._get("increases"))

    @increases.setter
    def increases(self, value: PayIncreaseList | None) -> None:
        self._set("increases", value)

    @property
    def expenses(self) -> ExpenseList | PayExpenseSummary | None:
        """The expenses; only their `{pending, approved}` sums in the pay guide's example."""
        return cast("ExpenseList | PayExpenseSummary | None", self._get("expenses"))

    @expenses.setter
    def expenses(self, value: ExpenseList | PayExpenseSummary | None) -> None:
        self._set("expenses", value)


class PayDict(TypedDict, total=False):
    """:class:`Pay` as plain data (JSON keys); accepted wherever the model is sent."""

    work_order_id: int
    type: PayType | str
    base: PayAmount | PayAmountDict
    additional: PayAmount | PayAmountDict
    role: str
    correlation_id: str
    actions: list[PayActionsItem | str]
    fees: list[PayModifier | PayModifierDict]
    finance: PayFinance | PayFinanceDict
    hold: PayModifier | PayModifierDict
    payment: PayModifier | PayModifierDict
    hours: float
    reported_hours: float
    number_of_devices: float
    minimum_payment: Decimal | float | str
    max_pay: Decimal | float | str
    range: PayRange | PayRangeDict
    labor_sum: Decimal | float | str
    total: Decimal | float | str | PayTotalSummary | PayTotalSummaryDict
    fees_cancellation_pending: bool
    passive_cancellation_amount: Decimal | float | str
    fee_cancellation_queued: str
    fee_cancellation_charged: str
    status_id: int | str
    funding: list[PayFundingItem | PayFundingItemDict]
    invoice: PayInvoice | PayInvoiceDict
    bonuses: PayModifierList | PayModifierListDict | list[PayModifier | PayModifierDict]
    penalties: PayModifierList | PayModifierListDict | list[PayModifier | PayModifierDict]
    discounts: PayModifierList | PayModifierListDict
    increases: PayIncreaseList | PayIncreaseListDict
    expenses: ExpenseList | ExpenseListDict | PayExpenseSummary | PayExpenseSummaryDict

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_actions_item import PayActionsItem
from ..models.pay_type import PayType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_list import ExpenseList
    from ..models.pay_amount import PayAmount
    from ..models.pay_expense_summary import PayExpenseSummary
    from ..models.pay_finance import PayFinance
    from ..models.pay_funding_item import PayFundingItem
    from ..models.pay_increase_list import PayIncreaseList
    from ..models.pay_invoice import PayInvoice
    from ..models.pay_modifier import PayModifier
    from ..models.pay_modifier_list import PayModifierList
    from ..models.pay_range import PayRange
    from ..models.pay_total_summary import PayTotalSummary


T = TypeVar("T", bound="Pay")


@_attrs_define
class Pay:
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
            work_order_id (int | Unset):
            type_ (PayType | Unset): How the work is paid: `fixed` (flat amount), `hourly` (rate up to a maximum of hours),
                `blended` (flat amount for the first hours, then hourly), `device` (rate per device).
            base (PayAmount | Unset): An amount paired with a number of units. What the pair means depends on the pay type:
                `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours. Example: {'amount': 400,
                'units': 1}.
            additional (PayAmount | Unset): An amount paired with a number of units. What the pair means depends on the pay
                type: `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours. Example: {'amount': 400,
                'units': 1}.
            role (str | Unset): Role of the caller for this work order (decides which fields are shown).
            correlation_id (str | Unset):
            actions (list[PayActionsItem] | Unset): What the caller may do with the pay.
            fees (list[PayModifier] | Unset): Fees charged on the work order (cancellation, provider, buyer fees...).
            finance (PayFinance | Unset): The company account that funds the work order. Example: {'id': 77, 'terms': 'Net
                30', 'description': 'Default funding account', 'limit': 0, 'invoiced_account': True, 'locked': False}.
            hold (PayModifier | Unset): One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or
                the hold. `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`);
                `amount` is the resulting dollar value. Example: {'id': 12, 'name': 'Weekend work', 'description': 'Paid when
                the visit falls on a Saturday or Sunday.', 'calculation': 'fixed', 'modifier': 25, 'amount': 25, 'charged':
                True, 'hours24_applicable': False, 'actions': ['delete']}.
            payment (PayModifier | Unset): One line that changes a work order's pay: a bonus, a penalty, a discount, a fee
                or the hold. `modifier` is the configured value (dollars, or a percentage when `calculation` is `percent`);
                `amount` is the resulting dollar value. Example: {'id': 12, 'name': 'Weekend work', 'description': 'Paid when
                the visit falls on a Saturday or Sunday.', 'calculation': 'fixed', 'modifier': 25, 'amount': 25, 'charged':
                True, 'hours24_applicable': False, 'actions': ['delete']}.
            hours (float | Unset): Hours logged on the work order.
            reported_hours (float | Unset): Hours the provider reported.
            number_of_devices (float | Unset): Devices the provider reported (per-device pay).
            minimum_payment (float | Unset):
            max_pay (float | Unset): Highest amount the work order can pay under its rate.
            range_ (PayRange | Unset): Lowest and highest possible labor pay.
            labor_sum (float | Unset): Labor pay earned so far.
            total (float | PayTotalSummary | Unset): Total pay including modifiers and approved expenses: a number
                (playground), or `{amount, hours_worked}` (pay guide).
            fees_cancellation_pending (bool | Unset):
            passive_cancellation_amount (float | Unset):
            fee_cancellation_queued (str | Unset):
            fee_cancellation_charged (str | Unset):
            status_id (int | str | Unset): Pay status id (the playground example shows a string).
            funding (list[PayFundingItem] | Unset): Funding transactions behind the pay.
            invoice (PayInvoice | Unset): Invoice issued for the work order, once it is approved. Example: {'id': 55012,
                'sent': {'utc': '2026-07-03 15:00:00'}}.
            bonuses (list[PayModifier] | PayModifierList | Unset): The bonus lines; a bare array in the pay guide's example.
            penalties (list[PayModifier] | PayModifierList | Unset): The penalty lines; a bare array in the pay guide's
                example.
            discounts (PayModifierList | Unset): A list of pay modifiers (bonuses, penalties or discounts) with their sums.
                Discounts carry only `sum.all`. Example: {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page': 25},
                'sum': {'all': 15}, 'results': [{'id': 4, 'name': 'Volume discount', 'description': 'Ten percent off labor for
                bulk rollouts.', 'calculation': 'percent', 'modifier': 10, 'amount': 15, 'charged': True}], 'actions': []}.
            increases (PayIncreaseList | Unset): The pay increases of a work order (the local sandbox lists them newest
                first; Field Nation documents no order). Example: {'metadata': {'total': 1, 'page': 1, 'pages': 1, 'per_page':
                25}, 'sum': {'all': 50}, 'results': [{'id': 310, 'description': 'Second printer found on site; needs one more
                hour.', 'status': 'pending', 'pay': {'type': 'fixed', 'base': {'amount': 450, 'units': 1}}, 'author': {'id':
                9001, 'first_name': 'Sam', 'last_name': 'Ortega'}, 'created': {'utc': '2026-07-01 16:20:00'}, 'actions':
                ['accept', 'deny']}], 'actions': []}.
            expenses (ExpenseList | PayExpenseSummary | Unset): The expenses; only their `{pending, approved}` sums in the
                pay guide's example.
    """

    work_order_id: int | Unset = UNSET
    type_: PayType | Unset = UNSET
    base: PayAmount | Unset = UNSET
    additional: PayAmount | Unset = UNSET
    role: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    actions: list[PayActionsItem] | Unset = UNSET
    fees: list[PayModifier] | Unset = UNSET
    finance: PayFinance | Unset = UNSET
    hold: PayModifier | Unset = UNSET
    payment: PayModifier | Unset = UNSET
    hours: float | Unset = UNSET
    reported_hours: float | Unset = UNSET
    number_of_devices: float | Unset = UNSET
    minimum_payment: float | Unset = UNSET
    max_pay: float | Unset = UNSET
    range_: PayRange | Unset = UNSET
    labor_sum: float | Unset = UNSET
    total: float | PayTotalSummary | Unset = UNSET
    fees_cancellation_pending: bool | Unset = UNSET
    passive_cancellation_amount: float | Unset = UNSET
    fee_cancellation_queued: str | Unset = UNSET
    fee_cancellation_charged: str | Unset = UNSET
    status_id: int | str | Unset = UNSET
    funding: list[PayFundingItem] | Unset = UNSET
    invoice: PayInvoice | Unset = UNSET
    bonuses: list[PayModifier] | PayModifierList | Unset = UNSET
    penalties: list[PayModifier] | PayModifierList | Unset = UNSET
    discounts: PayModifierList | Unset = UNSET
    increases: PayIncreaseList | Unset = UNSET
    expenses: ExpenseList | PayExpenseSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expense_list import ExpenseList  # noqa: PLC0415
        from ..models.pay_modifier_list import PayModifierList  # noqa: PLC0415
        from ..models.pay_total_summary import PayTotalSummary  # noqa: PLC0415

        work_order_id = self.work_order_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        additional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional, Unset):
            additional = self.additional.to_dict()

        role = self.role

        correlation_id = self.correlation_id

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        finance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finance, Unset):
            finance = self.finance.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        hours = self.hours

        reported_hours = self.reported_hours

        number_of_devices = self.number_of_devices

        minimum_payment = self.minimum_payment

        max_pay = self.max_pay

        range_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_.to_dict()

        labor_sum = self.labor_sum

        total: dict[str, Any] | float | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, PayTotalSummary):
            total = self.total.to_dict()
        else:
            total = self.total

        fees_cancellation_pending = self.fees_cancellation_pending

        passive_cancellation_amount = self.passive_cancellation_amount

        fee_cancellation_queued = self.fee_cancellation_queued

        fee_cancellation_charged = self.fee_cancellation_charged

        status_id: int | str | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        funding: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = []
            for funding_item_data in self.funding:
                funding_item = funding_item_data.to_dict()
                funding.append(funding_item)

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        bonuses: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.bonuses, Unset):
            bonuses = UNSET
        elif isinstance(self.bonuses, PayModifierList):
            bonuses = self.bonuses.to_dict()
        else:
            bonuses = []
            for bonuses_type_1_item_data in self.bonuses:
                bonuses_type_1_item = bonuses_type_1_item_data.to_dict()
                bonuses.append(bonuses_type_1_item)

        penalties: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.penalties, Unset):
            penalties = UNSET
        elif isinstance(self.penalties, PayModifierList):
            penalties = self.penalties.to_dict()
        else:
            penalties = []
            for penalties_type_1_item_data in self.penalties:
                penalties_type_1_item = penalties_type_1_item_data.to_dict()
                penalties.append(penalties_type_1_item)

        discounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = self.discounts.to_dict()

        increases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.increases, Unset):
            increases = self.increases.to_dict()

        expenses: dict[str, Any] | Unset
        if isinstance(self.expenses, Unset):
            expenses = UNSET
        elif isinstance(self.expenses, ExpenseList):
            expenses = self.expenses.to_dict()
        else:
            expenses = self.expenses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base is not UNSET:
            field_dict["base"] = base
        if additional is not UNSET:
            field_dict["additional"] = additional
        if role is not UNSET:
            field_dict["role"] = role
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if fees is not UNSET:
            field_dict["fees"] = fees
        if finance is not UNSET:
            field_dict["finance"] = finance
        if hold is not UNSET:
            field_dict["hold"] = hold
        if payment is not UNSET:
            field_dict["payment"] = payment
        if hours is not UNSET:
            field_dict["hours"] = hours
        if reported_hours is not UNSET:
            field_dict["reported_hours"] = reported_hours
        if number_of_devices is not UNSET:
            field_dict["number_of_devices"] = number_of_devices
        if minimum_payment is not UNSET:
            field_dict["minimum_payment"] = minimum_payment
        if max_pay is not UNSET:
            field_dict["max_pay"] = max_pay
        if range_ is not UNSET:
            field_dict["range"] = range_
        if labor_sum is not UNSET:
            field_dict["labor_sum"] = labor_sum
        if total is not UNSET:
            field_dict["total"] = total
        if fees_cancellation_pending is not UNSET:
            field_dict["fees_cancellation_pending"] = fees_cancellation_pending
        if passive_cancellation_amount is not UNSET:
            field_dict["passive_cancellation_amount"] = passive_cancellation_amount
        if fee_cancellation_queued is not UNSET:
            field_dict["fee_cancellation_queued"] = fee_cancellation_queued
        if fee_cancellation_charged is not UNSET:
            field_dict["fee_cancellation_charged"] = fee_cancellation_charged
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if funding is not UNSET:
            field_dict["funding"] = funding
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if bonuses is not UNSET:
            field_dict["bonuses"] = bonuses
        if penalties is not UNSET:
            field_dict["penalties"] = penalties
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if increases is not UNSET:
            field_dict["increases"] = increases
        if expenses is not UNSET:
            field_dict["expenses"] = expenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        d = dict(src_dict)
        work_order_id = d.pop("work_order_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PayType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PayType(_type_)

        _base = d.pop("base", UNSET)
        base: PayAmount | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = PayAmount.from_dict(_base)

        _additional = d.pop("additional", UNSET)
        additional: PayAmount | Unset
        if isinstance(_additional, Unset):
            additional = UNSET
        else:
            additional = PayAmount.from_dict(_additional)

        role = d.pop("role", UNSET)

        correlation_id = d.pop("correlation_id", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[PayActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PayActionsItem(actions_item_data)

                actions.append(actions_item)

        _fees = d.pop("fees", UNSET)
        fees: list[PayModifier] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = PayModifier.from_dict(fees_item_data)

                fees.append(fees_item)

        _finance = d.pop("finance", UNSET)
        finance: PayFinance | Unset
        if isinstance(_finance, Unset):
            finance = UNSET
        else:
            finance = PayFinance.from_dict(_finance)

        _hold = d.pop("hold", UNSET)
        hold: PayModifier | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = PayModifier.from_dict(_hold)

        _payment = d.pop("payment", UNSET)
        payment: PayModifier | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = PayModifier.from_dict(_payment)

        hours = d.pop("hours", UNSET)

        reported_hours = d.pop("reported_hours", UNSET)

        number_of_devices = d.pop("number_of_devices", UNSET)

        minimum_payment = d.pop("minimum_payment", UNSET)

        max_pay = d.pop("max_pay", UNSET)

        _range_ = d.pop("range", UNSET)
        range_: PayRange | Unset
        if isinstance(_range_, Unset):
            range_ = UNSET
        else:
            range_ = PayRange.from_dict(_range_)

        labor_sum = d.pop("labor_sum", UNSET)

        def _parse_total(data: object) -> float | PayTotalSummary | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_1 = PayTotalSummary.from_dict(data)

                return total_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | PayTotalSummary | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        fees_cancellation_pending = d.pop("fees_cancellation_pending", UNSET)

        passive_cancellation_amount = d.pop("passive_cancellation_amount", UNSET)

        fee_cancellation_queued = d.pop("fee_cancellation_queued", UNSET)

        fee_cancellation_charged = d.pop("fee_cancellation_charged", UNSET)

        def _parse_status_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status_id = _parse_status_id(d.pop("status_id", UNSET))

        _funding = d.pop("funding", UNSET)
        funding: list[PayFundingItem] | Unset = UNSET
        if _funding is not UNSET:
            funding = []
            for funding_item_data in _funding:
                funding_item = PayFundingItem.from_dict(funding_item_data)

                funding.append(funding_item)

        _invoice = d.pop("invoice", UNSET)
        invoice: PayInvoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = PayInvoice.from_dict(_invoice)

        def _parse_bonuses(data: object) -> list[PayModifier] | PayModifierList | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bonuses_type_0 = PayModifierList.from_dict(data)

                return bonuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            bonuses_type_1 = []
            _bonuses_type_1 = data
            for bonuses_type_1_item_data in _bonuses_type_1:
                bonuses_type_1_item = PayModifier.from_dict(bonuses_type_1_item_data)

                bonuses_type_1.append(bonuses_type_1_item)

            return bonuses_type_1

        bonuses = _parse_bonuses(d.pop("bonuses", UNSET))

        def _parse_penalties(data: object) -> list[PayModifier] | PayModifierList | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                penalties_type_0 = PayModifierList.from_dict(data)

                return penalties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            penalties_type_1 = []
            _penalties_type_1 = data
            for penalties_type_1_item_data in _penalties_type_1:
                penalties_type_1_item = PayModifier.from_dict(penalties_type_1_item_data)

                penalties_type_1.append(penalties_type_1_item)

            return penalties_type_1

        penalties = _parse_penalties(d.pop("penalties", UNSET))

        _discounts = d.pop("discounts", UNSET)
        discounts: PayModifierList | Unset
        if isinstance(_discounts, Unset):
            discounts = UNSET
        else:
            discounts = PayModifierList.from_dict(_discounts)

        _increases = d.pop("increases", UNSET)
        increases: PayIncreaseList | Unset
        if isinstance(_increases, Unset):
            increases = UNSET
        else:
            increases = PayIncreaseList.from_dict(_increases)

        def _parse_expenses(data: object) -> ExpenseList | PayExpenseSummary | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expenses_type_0 = ExpenseList.from_dict(data)

                return expenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            expenses_type_1 = PayExpenseSummary.from_dict(data)

            return expenses_type_1

        expenses = _parse_expenses(d.pop("expenses", UNSET))

        pay = cls(
            work_order_id=work_order_id,
            type_=type_,
            base=base,
            additional=additional,
            role=role,
            correlation_id=correlation_id,
            actions=actions,
            fees=fees,
            finance=finance,
            hold=hold,
            payment=payment,
            hours=hours,
            reported_hours=reported_hours,
            number_of_devices=number_of_devices,
            minimum_payment=minimum_payment,
            max_pay=max_pay,
            range_=range_,
            labor_sum=labor_sum,
            total=total,
            fees_cancellation_pending=fees_cancellation_pending,
            passive_cancellation_amount=passive_cancellation_amount,
            fee_cancellation_queued=fee_cancellation_queued,
            fee_cancellation_charged=fee_cancellation_charged,
            status_id=status_id,
            funding=funding,
            invoice=invoice,
            bonuses=bonuses,
            penalties=penalties,
            discounts=discounts,
            increases=increases,
            expenses=expenses,
        )

        pay.additional_properties = d
        return pay

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

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict, cast

from .. import _models as _m
from ..models.pay_modifier_actions_item import PayModifierActionsItem
from ..models.pay_modifier_calculation import PayModifierCalculation
from ..types import UNSET, Unset


class PayModifier(_m.BaseModel):
    """One line that changes a work order's pay: a bonus, a penalty, a discount, a fee or the hold. `modifier` is the
    configured value (dollars, or a percentage when `calculation` is `percent`); `amount` is the resulting dollar value.

        Example:
            {'id': 12, 'name': 'Weekend work', 'description': 'Paid when the visit falls on a Saturday or Sunday.',
                'calculation': 'fixed', 'modifier': 25, 'amount': 25, 'charged': True, 'hours24_applicable': False, 'actions':
                ['delete']}

        Attributes:
            id (int | None): Id of the bonus/penalty definition or of the fee; 0 for a built-in fee not yet charged.
            name (str | None):
            description (str | None):
            calculation (PayModifierCalculation | None):
            modifier (Decimal | None): Dollar amount or percentage, depending on `calculation`.
            amount (Decimal | None): Resulting dollar amount.
            charged (bool | None): Whether the line is applied to the pay.
            queued (bool | None):
            hours24_applicable (bool | None): Whether the line applies only within 24 hours of the service window.
            actions (list[PayModifierActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        calculation: PayModifierCalculation | Unset = UNSET,
        modifier: Decimal | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        charged: bool | Unset = UNSET,
        queued: bool | Unset = UNSET,
        hours24_applicable: bool | Unset = UNSET,
        actions: list[PayModifierActionsItem] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("name", name)
        self._set("description", description)
        self._set("calculation", calculation)
        self._set("modifier", modifier)
        self._set("amount", amount)
        self._set("charged", charged)
        self._set("queued", queued)
        self._set("hours24_applicable", hours24_applicable)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, False, False),
            "name": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "calculation": _m.Field(_m.Enum(PayModifierCalculation), False, False),
            "modifier": _m.Field(_m.DECIMAL, False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "charged": _m.Field(_m.BOOL, False, False),
            "queued": _m.Field(_m.BOOL, False, False),
            "hours24_applicable": _m.Field(_m.BOOL, False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayModifierActionsItem)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Id of the bonus/penalty definition or of the fee; 0 for a built-in fee not yet charged."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def name(self) -> str | None:
        return cast("str | None", self._get("name"))

    @name.setter
    def name(self, value: str | None) -> None:
        self._set("name", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def calculation(self) -> PayModifierCalculation | None:
        return cast("PayModifierCalculation | None", self._get("calculation"))

    @calculation.setter
    def calculation(self, value: PayModifierCalculation | None) -> None:
        self._set("calculation", value)

    @property
    def modifier(self) -> Decimal | None:
        """Dollar amount or percentage, depending on `calculation`."""
        return cast("Decimal | None", self._get("modifier"))

    @modifier.setter
    def modifier(self, value: Decimal | None) -> None:
        self._set("modifier", value)

    @property
    def amount(self) -> Decimal | None:
        """Resulting dollar amount."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def charged(self) -> bool | None:
        """Whether the line is applied to the pay."""
        return cast("bool | None", self._get("charged"))

    @charged.setter
    def charged(self, value: bool | None) -> None:
        self._set("charged", value)

    @property
    def queued(self) -> bool | None:
        return cast("bool | None", self._get("queued"))

    @queued.setter
    def queued(self, value: bool | None) -> None:
        self._set("queued", value)

    @property
    def hours24_applicable(self) -> bool | None:
        """Whether the line applies only within 24 hours of the service window."""
        return cast("bool | None", self._get("hours24_applicable"))

    @hours24_applicable.setter
    def hours24_applicable(self, value: bool | None) -> None:
        self._set("hours24_applicable", value)

    @property
    def actions(self) -> list[PayModifierActionsItem] | None:
        return cast("list[PayModifierActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayModifierActionsItem] | None) -> None:
        self._set("actions", value)


class PayModifierDict(TypedDict, total=False):
    """:class:`PayModifier` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    name: str
    description: str
    calculation: PayModifierCalculation | str
    modifier: Decimal | float | str
    amount: Decimal | float | str
    charged: bool
    queued: bool
    hours24_applicable: bool
    actions: list[PayModifierActionsItem | str]

from __future__ import annotations

from decimal import Decimal
from typing import Required, TypedDict, cast

from .. import _models as _m
from ..models.pay_modifier_definition_actions_item import PayModifierDefinitionActionsItem
from ..models.pay_modifier_definition_calculation import PayModifierDefinitionCalculation
from ..types import UNSET, Unset


class PayModifierDefinition(_m.BaseModel):
    """A bonus or penalty the company has defined and may apply to work orders: a fixed dollar amount or a percentage of
    pay.

        Example:
            {'id': 3, 'name': 'Urgent dispatch', 'description': 'Same-day work ordered before noon.', 'calculation':
                'fixed', 'modifier': 25, 'amount': 25}

        Attributes:
            id (int):
            name (str):
            description (str | None):
            calculation (PayModifierDefinitionCalculation | None): Whether `modifier` is a dollar amount or a percentage.
            modifier (Decimal | None): Dollar amount or percentage, depending on `calculation`.
            amount (Decimal | None): Dollar value; for percentages, computed from the pay.
            charged (bool | None):
            hours24_applicable (bool | None):
            actions (list[PayModifierDefinitionActionsItem] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int,
        name: str,
        description: str | Unset = UNSET,
        calculation: PayModifierDefinitionCalculation | Unset = UNSET,
        modifier: Decimal | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        charged: bool | Unset = UNSET,
        hours24_applicable: bool | Unset = UNSET,
        actions: list[PayModifierDefinitionActionsItem] | Unset = UNSET,
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
        self._set("hours24_applicable", hours24_applicable)
        self._set("actions", actions)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        return {
            "id": _m.Field(_m.INT, True, False),
            "name": _m.Field(_m.STR, True, False),
            "description": _m.Field(_m.STR, False, False),
            "calculation": _m.Field(_m.Enum(PayModifierDefinitionCalculation), False, False),
            "modifier": _m.Field(_m.DECIMAL, False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "charged": _m.Field(_m.BOOL, False, False),
            "hours24_applicable": _m.Field(_m.BOOL, False, False),
            "actions": _m.Field(_m.List(_m.Enum(PayModifierDefinitionActionsItem)), False, False),
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
    def name(self) -> str:
        return cast("str", self._get("name"))

    @name.setter
    def name(self, value: str) -> None:
        self._set("name", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def calculation(self) -> PayModifierDefinitionCalculation | None:
        """Whether `modifier` is a dollar amount or a percentage."""
        return cast("PayModifierDefinitionCalculation | None", self._get("calculation"))

    @calculation.setter
    def calculation(self, value: PayModifierDefinitionCalculation | None) -> None:
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
        """Dollar value; for percentages, computed from the pay."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def charged(self) -> bool | None:
        return cast("bool | None", self._get("charged"))

    @charged.setter
    def charged(self, value: bool | None) -> None:
        self._set("charged", value)

    @property
    def hours24_applicable(self) -> bool | None:
        return cast("bool | None", self._get("hours24_applicable"))

    @hours24_applicable.setter
    def hours24_applicable(self, value: bool | None) -> None:
        self._set("hours24_applicable", value)

    @property
    def actions(self) -> list[PayModifierDefinitionActionsItem] | None:
        return cast("list[PayModifierDefinitionActionsItem] | None", self._get("actions"))

    @actions.setter
    def actions(self, value: list[PayModifierDefinitionActionsItem] | None) -> None:
        self._set("actions", value)


class PayModifierDefinitionDict(TypedDict, total=False):
    """:class:`PayModifierDefinition` as plain data (JSON keys); accepted wherever the model is sent."""

    id: Required[int]
    name: Required[str]
    description: str
    calculation: PayModifierDefinitionCalculation | str
    modifier: Decimal | float | str
    amount: Decimal | float | str
    charged: bool
    hours24_applicable: bool
    actions: list[PayModifierDefinitionActionsItem | str]

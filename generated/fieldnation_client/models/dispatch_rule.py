from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_rule_criteria import DispatchRuleCriteria, DispatchRuleCriteriaDict


class DispatchRule(_m.BaseModel):
    """One step of the smart dispatch guide's rule list, tried in `order`.

    Example:
        {'order': 1, 'type': 'talent_pool', 'target_id': 99, 'wait_time': 4}

    Attributes:
        type_ (str): What the rule dispatches to (`preferred_group`, `talent_pool`, `marketplace` in the guide).
        order (int | None): Position of the rule (1 first).
        target_id (int | None): The group or talent pool the rule dispatches to.
        delay_hours (float | None): Hours to wait before this rule applies (guide's read example).
        wait_time (float | None): Time to wait before the next rule (guide's write example; the unit is not stated).
        criteria (DispatchRuleCriteria | None): Provider criteria of a marketplace rule, such as `{"rating": 4.5}`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: str,
        order: int | Unset = UNSET,
        target_id: int | Unset = UNSET,
        delay_hours: float | Unset = UNSET,
        wait_time: float | Unset = UNSET,
        criteria: DispatchRuleCriteria | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("type", type_)
        self._set("order", order)
        self._set("target_id", target_id)
        self._set("delay_hours", delay_hours)
        self._set("wait_time", wait_time)
        self._set("criteria", criteria)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.dispatch_rule_criteria import DispatchRuleCriteria  # noqa: PLC0415

        return {
            "type": _m.Field(_m.STR, True, False),
            "order": _m.Field(_m.INT, False, False),
            "target_id": _m.Field(_m.INT, False, False),
            "delay_hours": _m.Field(_m.FLOAT, False, False),
            "wait_time": _m.Field(_m.FLOAT, False, False),
            "criteria": _m.Field(_m.Model(DispatchRuleCriteria), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def type_(self) -> str:
        """What the rule dispatches to (`preferred_group`, `talent_pool`, `marketplace` in the guide)."""
        return cast("str", self._get("type"))

    @type_.setter
    def type_(self, value: str) -> None:
        self._set("type", value)

    @property
    def order(self) -> int | None:
        """Position of the rule (1 first)."""
        return cast("int | None", self._get("order"))

    @order.setter
    def order(self, value: int | None) -> None:
        self._set("order", value)

    @property
    def target_id(self) -> int | None:
        """The group or talent pool the rule dispatches to."""
        return cast("int | None", self._get("target_id"))

    @target_id.setter
    def target_id(self, value: int | None) -> None:
        self._set("target_id", value)

    @property
    def delay_hours(self) -> float | None:
        """Hours to wait before this rule applies (guide's read example)."""
        return cast("float | None", self._get("delay_hours"))

    @delay_hours.setter
    def delay_hours(self, value: float | None) -> None:
        self._set("delay_hours", value)

    @property
    def wait_time(self) -> float | None:
        """Time to wait before the next rule (guide's write example; the unit is not stated)."""
        return cast("float | None", self._get("wait_time"))

    @wait_time.setter
    def wait_time(self, value: float | None) -> None:
        self._set("wait_time", value)

    @property
    def criteria(self) -> DispatchRuleCriteria | None:
        """Provider criteria of a marketplace rule, such as `{"rating": 4.5}`."""
        return cast("DispatchRuleCriteria | None", self._get("criteria"))

    @criteria.setter
    def criteria(self, value: DispatchRuleCriteria | None) -> None:
        self._set("criteria", value)


class DispatchRuleDict(TypedDict, total=False):
    """:class:`DispatchRule` as plain data (JSON keys); accepted wherever the model is sent."""

    type: Required[str]
    order: int
    target_id: int
    delay_hours: float
    wait_time: float
    criteria: DispatchRuleCriteria | DispatchRuleCriteriaDict

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.pay_rate_type import PayRateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount import PayAmount, PayAmountDict


class PayRate(_m.BaseModel):
    """The rate part of a pay object (type, base and additional amounts). Used where only the rate matters, such as the pay
    a provider proposes in a pay increase.

        Example:
            {'type': 'fixed', 'base': {'amount': 450, 'units': 1}, 'additional': {'amount': 0, 'units': 0}}

        Attributes:
            type_ (PayRateType | None): How the work is paid; empty when no pay is set yet.
            base (PayAmount | None): An amount paired with a number of units. What the pair means depends on the pay type:
                `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours.
            additional (PayAmount | None): An amount paired with a number of units. What the pair means depends on the pay
                type: `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: PayRateType | Unset = UNSET,
        base: PayAmount | Unset = UNSET,
        additional: PayAmount | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("type", type_)
        self._set("base", base)
        self._set("additional", additional)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.pay_amount import PayAmount  # noqa: PLC0415

        return {
            "type": _m.Field(_m.Enum(PayRateType), False, False),
            "base": _m.Field(_m.Model(PayAmount), False, False),
            "additional": _m.Field(_m.Model(PayAmount), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def type_(self) -> PayRateType | None:
        """How the work is paid; empty when no pay is set yet."""
        return cast("PayRateType | None", self._get("type"))

    @type_.setter
    def type_(self, value: PayRateType | None) -> None:
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


class PayRateDict(TypedDict, total=False):
    """:class:`PayRate` as plain data (JSON keys); accepted wherever the model is sent."""

    type: PayRateType | str
    base: PayAmount | PayAmountDict
    additional: PayAmount | PayAmountDict

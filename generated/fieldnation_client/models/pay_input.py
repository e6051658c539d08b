from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.pay_input_type import PayInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount_input import PayAmountInput, PayAmountInputDict
    from ..models.pay_modifier_refs_input import PayModifierRefsInput, PayModifierRefsInputDict


class PayInput(_m.BaseModel):
    """Changes to a work order's pay rate. Only the fields sent are changed; send both `base` and `additional` to clear pay
    options set before (for example the second tier of blended pay).

        Example:
            {'type': 'blended', 'base': {'amount': 400, 'units': 2}, 'additional': {'amount': 25, 'units': 1}}

        Attributes:
            type_ (PayInputType | None):
            base (PayAmountInput | None): An amount/units pair as sent in requests. `amount` is required; `units` may be
                left out (the narrative guide sends `{"amount": 200.00}` alone for fixed pay).
            additional (PayAmountInput | None): An amount/units pair as sent in requests. `amount` is required; `units` may
                be left out (the narrative guide sends `{"amount": 200.00}` alone for fixed pay).
            bonuses (PayModifierRefsInput | None): Company bonuses or penalties to apply to the work order, by the id of the
                company's definition (`GET /bonuses`, `GET /penalties`).
            penalties (PayModifierRefsInput | None): Company bonuses or penalties to apply to the work order, by the id of
                the company's definition (`GET /bonuses`, `GET /penalties`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: PayInputType | Unset = UNSET,
        base: PayAmountInput | Unset = UNSET,
        additional: PayAmountInput | Unset = UNSET,
        bonuses: PayModifierRefsInput | Unset = UNSET,
        penalties: PayModifierRefsInput | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("type", type_)
        self._set("base", base)
        self._set("additional", additional)
        self._set("bonuses", bonuses)
        self._set("penalties", penalties)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.pay_amount_input import PayAmountInput  # noqa: PLC0415
        from ..models.pay_modifier_refs_input import PayModifierRefsInput  # noqa: PLC0415

        return {
            "type": _m.Field(_m.Enum(PayInputType), False, False),
            "base": _m.Field(_m.Model(PayAmountInput), False, False),
            "additional": _m.Field(_m.Model(PayAmountInput), False, False),
            "bonuses": _m.Field(_m.Model(PayModifierRefsInput), False, False),
            "penalties": _m.Field(_m.Model(PayModifierRefsInput), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def type_(self) -> PayInputType | None:
        return cast("PayInputType | None", self._get("type"))

    @type_.setter
    def type_(self, value: PayInputType | None) -> None:
        self._set("type", value)

    @property
    def base(self) -> PayAmountInput | None:
        """An amount/units pair as sent in requests. `amount` is required; `units` may be left out (the
        narrative guide sends `{"amount": 200.00}` alone for fixed pay)."""
        return cast("PayAmountInput | None", self._get("base"))

    @base.setter
    def base(self, value: PayAmountInput | None) -> None:
        self._set("base", value)

    @property
    def additional(self) -> PayAmountInput | None:
        """An amount/units pair as sent in requests. `amount` is required; `units` may be left out (the
        narrative guide sends `{"amount": 200.00}` alone for fixed pay)."""
        return cast("PayAmountInput | None", self._get("additional"))

    @additional.setter
    def additional(self, value: PayAmountInput | None) -> None:
        self._set("additional", value)

    @property
    def bonuses(self) -> PayModifierRefsInput | None:
        """Company bonuses or penalties to apply to the work order, by the id of the company's definition (`GET
        /bonuses`, `GET /penalties`)."""
        return cast("PayModifierRefsInput | None", self._get("bonuses"))

    @bonuses.setter
    def bonuses(self, value: PayModifierRefsInput | None) -> None:
        self._set("bonuses", value)

    @property
    def penalties(self) -> PayModifierRefsInput | None:
        """Company bonuses or penalties to apply to the work order, by the id of the company's definition (`GET
        /bonuses`, `GET /penalties`)."""
        return cast("PayModifierRefsInput | None", self._get("penalties"))

    @penalties.setter
    def penalties(self, value: PayModifierRefsInput | None) -> None:
        self._set("penalties", value)


class PayInputDict(TypedDict, total=False):
    """:class:`PayInput` as plain data (JSON keys); accepted wherever the model is sent."""

    type: PayInputType | str
    base: PayAmountInput | PayAmountInputDict
    additional: PayAmountInput | PayAmountInputDict
    bonuses: PayModifierRefsInput | PayModifierRefsInputDict
    penalties: PayModifierRefsInput | PayModifierRefsInputDict

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..models.pay_increase_update_status import PayIncreaseUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_rate import PayRate, PayRateDict


class PayIncreaseUpdate(_m.BaseModel):
    """A decision on, or an edit of, a pay increase. Buyers normally send `status` (accept or deny) with an optional
    `status_description`.

        Example:
            {'id': 310, 'status': 'accepted', 'status_description': 'Approved by dispatch'}

        Attributes:
            id (int | None): Optional echo of the increase id from the path.
            status (PayIncreaseUpdateStatus | None):
            status_description (str | None):
            rejection_reason (str | None): Guide spelling of `status_description` for denials.
            description (str | None):
            amount (Decimal | None): The increase's amount in dollars (discounts-and-increases guide). Buyers may correct it
                while the increase is pending.
            note (str | None): A note explaining the decision or the change (guide).
            pay (PayRate | None): The rate part of a pay object (type, base and additional amounts). Used where only the
                rate matters, such as the pay a provider proposes in a pay increase.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        status: PayIncreaseUpdateStatus | Unset = UNSET,
        status_description: str | Unset = UNSET,
        rejection_reason: str | Unset = UNSET,
        description: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        note: str | Unset = UNSET,
        pay: PayRate | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("id", id)
        self._set("status", status)
        self._set("status_description", status_description)
        self._set("rejection_reason", rejection_reason)
        self._set("description", description)
        self._set("amount", amount)
        self._set("note", note)
        self._set("pay", pay)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.pay_rate import PayRate  # noqa: PLC0415

        return {
            "id": _m.Field(_m.INT, False, False),
            "status": _m.Field(_m.Enum(PayIncreaseUpdateStatus), False, False),
            "status_description": _m.Field(_m.STR, False, False),
            "rejection_reason": _m.Field(_m.STR, False, False),
            "description": _m.Field(_m.STR, False, False),
            "amount": _m.Field(_m.DECIMAL, False, False),
            "note": _m.Field(_m.STR, False, False),
            "pay": _m.Field(_m.Model(PayRate), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def id(self) -> int | None:
        """Optional echo of the increase id from the path."""
        return cast("int | None", self._get("id"))

    @id.setter
    def id(self, value: int | None) -> None:
        self._set("id", value)

    @property
    def status(self) -> PayIncreaseUpdateStatus | None:
        return cast("PayIncreaseUpdateStatus | None", self._get("status"))

    @status.setter
    def status(self, value: PayIncreaseUpdateStatus | None) -> None:
        self._set("status", value)

    @property
    def status_description(self) -> str | None:
        return cast("str | None", self._get("status_description"))

    @status_description.setter
    def status_description(self, value: str | None) -> None:
        self._set("status_description", value)

    @property
    def rejection_reason(self) -> str | None:
        """Guide spelling of `status_description` for denials."""
        return cast("str | None", self._get("rejection_reason"))

    @rejection_reason.setter
    def rejection_reason(self, value: str | None) -> None:
        self._set("rejection_reason", value)

    @property
    def description(self) -> str | None:
        return cast("str | None", self._get("description"))

    @description.setter
    def description(self, value: str | None) -> None:
        self._set("description", value)

    @property
    def amount(self) -> Decimal | None:
        """The increase's amount in dollars (discounts-and-increases guide). Buyers may correct it while the
        increase is pending."""
        return cast("Decimal | None", self._get("amount"))

    @amount.setter
    def amount(self, value: Decimal | None) -> None:
        self._set("amount", value)

    @property
    def note(self) -> str | None:
        """A note explaining the decision or the change (guide)."""
        return cast("str | None", self._get("note"))

    @note.setter
    def note(self, value: str | None) -> None:
        self._set("note", value)

    @property
    def pay(self) -> PayRate | None:
        """The rate part of a pay object (type, base and additional amounts). Used where only the rate matters,
        such as the pay a provider proposes in a pay increase."""
        return cast("PayRate | None", self._get("pay"))

    @pay.setter
    def pay(self, value: PayRate | None) -> None:
        self._set("pay", value)


class PayIncreaseUpdateDict(TypedDict, total=False):
    """:class:`PayIncreaseUpdate` as plain data (JSON keys); accepted wherever the model is sent."""

    id: int
    status: PayIncreaseUpdateStatus | str
    status_description: str
    rejection_reason: str
    description: str
    amount: Decimal | float | str
    note: str
    pay: PayRate | PayRateDict

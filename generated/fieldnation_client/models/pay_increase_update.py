from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_increase_update_status import PayIncreaseUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_rate import PayRate


T = TypeVar("T", bound="PayIncreaseUpdate")


@_attrs_define
class PayIncreaseUpdate:
    """A decision on, or an edit of, a pay increase. Buyers normally send `status` (accept or deny) with an optional
    `status_description`.

        Example:
            {'id': 310, 'status': 'accepted', 'status_description': 'Approved by dispatch'}

        Attributes:
            id (int | Unset): Optional echo of the increase id from the path.
            status (PayIncreaseUpdateStatus | Unset):
            status_description (str | Unset):
            rejection_reason (str | Unset): Guide spelling of `status_description` for denials.
            description (str | Unset):
            amount (float | Unset): The increase's amount in dollars (discounts-and-increases guide). Buyers may correct it
                while the increase is pending.
            note (str | Unset): A note explaining the decision or the change (guide).
            pay (PayRate | Unset): The rate part of a pay object (type, base and additional amounts). Used where only the
                rate matters, such as the pay a provider proposes in a pay increase. Example: {'type': 'fixed', 'base':
                {'amount': 450, 'units': 1}, 'additional': {'amount': 0, 'units': 0}}.
    """

    id: int | Unset = UNSET
    status: PayIncreaseUpdateStatus | Unset = UNSET
    status_description: str | Unset = UNSET
    rejection_reason: str | Unset = UNSET
    description: str | Unset = UNSET
    amount: float | Unset = UNSET
    note: str | Unset = UNSET
    pay: PayRate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_description = self.status_description

        rejection_reason = self.rejection_reason

        description = self.description

        amount = self.amount

        note = self.note

        pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay, Unset):
            pay = self.pay.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if note is not UNSET:
            field_dict["note"] = note
        if pay is not UNSET:
            field_dict["pay"] = pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_rate import PayRate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: PayIncreaseUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PayIncreaseUpdateStatus(_status)

        status_description = d.pop("status_description", UNSET)

        rejection_reason = d.pop("rejection_reason", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        note = d.pop("note", UNSET)

        _pay = d.pop("pay", UNSET)
        pay: PayRate | Unset
        if isinstance(_pay, Unset):
            pay = UNSET
        else:
            pay = PayRate.from_dict(_pay)

        pay_increase_update = cls(
            id=id,
            status=status,
            status_description=status_description,
            rejection_reason=rejection_reason,
            description=description,
            amount=amount,
            note=note,
            pay=pay,
        )

        pay_increase_update.additional_properties = d
        return pay_increase_update

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_object import DateObject


T = TypeVar("T", bound="PayInvoice")


@_attrs_define
class PayInvoice:
    """Invoice issued for the work order, once it is approved.

    Example:
        {'id': 55012, 'sent': {'utc': '2026-07-03 15:00:00'}}

    Attributes:
        id (int | Unset):
        sent (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
        paid (DateObject | Unset): Field Nation's timestamp object, UTC plus the local date and time where known.
            Example: {'utc': '2026-07-01 14:00:00', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}.
    """

    id: int | Unset = UNSET
    sent: DateObject | Unset = UNSET
    paid: DateObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent, Unset):
            sent = self.sent.to_dict()

        paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sent is not UNSET:
            field_dict["sent"] = sent
        if paid is not UNSET:
            field_dict["paid"] = paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_object import DateObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _sent = d.pop("sent", UNSET)
        sent: DateObject | Unset
        if isinstance(_sent, Unset):
            sent = UNSET
        else:
            sent = DateObject.from_dict(_sent)

        _paid = d.pop("paid", UNSET)
        paid: DateObject | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = DateObject.from_dict(_paid)

        pay_invoice = cls(id=id, sent=sent, paid=paid)

        pay_invoice.additional_properties = d
        return pay_invoice

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

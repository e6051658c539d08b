from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderCancel")


@_attrs_define
class WorkOrderCancel:
    """Why a work order is being cancelled, and optional messages to support and to the assigned provider.

    Example:
        {'cancel_reason': 58, 'notes': 'Store closed permanently; duplicate of 1002.', 'message_to_provider': 'Sorry,
            the customer cancelled this visit.', 'cancel_request_not_charge': False, 'apply_passive_cancellation_fee':
            False}

    Attributes:
        cancel_reason (int | str | Unset): Cancellation reason id (or, as some clients send, its text).
        notes (str | Unset): Message to Field Nation support.
        message_to_provider (str | Unset): Message to the assigned provider, if any.
        cancel_request_not_charge (bool | Unset): Ask that no cancellation fee be charged.
        apply_passive_cancellation_fee (bool | Unset): Apply the passive cancellation fee to the provider's pay.
    """

    cancel_reason: int | str | Unset = UNSET
    notes: str | Unset = UNSET
    message_to_provider: str | Unset = UNSET
    cancel_request_not_charge: bool | Unset = UNSET
    apply_passive_cancellation_fee: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_reason: int | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        notes = self.notes

        message_to_provider = self.message_to_provider

        cancel_request_not_charge = self.cancel_request_not_charge

        apply_passive_cancellation_fee = self.apply_passive_cancellation_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if notes is not UNSET:
            field_dict["notes"] = notes
        if message_to_provider is not UNSET:
            field_dict["message_to_provider"] = message_to_provider
        if cancel_request_not_charge is not UNSET:
            field_dict["cancel_request_not_charge"] = cancel_request_not_charge
        if apply_passive_cancellation_fee is not UNSET:
            field_dict["apply_passive_cancellation_fee"] = apply_passive_cancellation_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cancel_reason(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        notes = d.pop("notes", UNSET)

        message_to_provider = d.pop("message_to_provider", UNSET)

        cancel_request_not_charge = d.pop("cancel_request_not_charge", UNSET)

        apply_passive_cancellation_fee = d.pop("apply_passive_cancellation_fee", UNSET)

        work_order_cancel = cls(
            cancel_reason=cancel_reason,
            notes=notes,
            message_to_provider=message_to_provider,
            cancel_request_not_charge=cancel_request_not_charge,
            apply_passive_cancellation_fee=apply_passive_cancellation_fee,
        )

        work_order_cancel.additional_properties = d
        return work_order_cancel

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

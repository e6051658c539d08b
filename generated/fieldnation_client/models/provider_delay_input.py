from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_delay_input_new_eta import ProviderDelayInputNewEta


T = TypeVar("T", bound="ProviderDelayInput")


@_attrs_define
class ProviderDelayInput:
    """Optional body of `POST /workorders/{work_order_id}/provider/delay`. A client acknowledging a delay sends nothing;
    the fields are those the guide shows for the provider reporting one.

        Example:
            {'delay_minutes': 30, 'reason': 'Traffic accident ahead', 'new_eta': {'utc': '2026-07-01 15:30:00'}}

        Attributes:
            delay_minutes (int | Unset):
            reason (str | Unset):
            new_eta (ProviderDelayInputNewEta | Unset):
    """

    delay_minutes: int | Unset = UNSET
    reason: str | Unset = UNSET
    new_eta: ProviderDelayInputNewEta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay_minutes = self.delay_minutes

        reason = self.reason

        new_eta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_eta, Unset):
            new_eta = self.new_eta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delay_minutes is not UNSET:
            field_dict["delay_minutes"] = delay_minutes
        if reason is not UNSET:
            field_dict["reason"] = reason
        if new_eta is not UNSET:
            field_dict["new_eta"] = new_eta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_delay_input_new_eta import ProviderDelayInputNewEta  # noqa: PLC0415

        d = dict(src_dict)
        delay_minutes = d.pop("delay_minutes", UNSET)

        reason = d.pop("reason", UNSET)

        _new_eta = d.pop("new_eta", UNSET)
        new_eta: ProviderDelayInputNewEta | Unset
        if isinstance(_new_eta, Unset):
            new_eta = UNSET
        else:
            new_eta = ProviderDelayInputNewEta.from_dict(_new_eta)

        provider_delay_input = cls(delay_minutes=delay_minutes, reason=reason, new_eta=new_eta)

        provider_delay_input.additional_properties = d
        return provider_delay_input

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

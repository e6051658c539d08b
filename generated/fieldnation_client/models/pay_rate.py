from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_rate_type import PayRateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount import PayAmount


T = TypeVar("T", bound="PayRate")


@_attrs_define
class PayRate:
    """The rate part of a pay object (type, base and additional amounts). Used where only the rate matters, such as the pay
    a provider proposes in a pay increase.

        Example:
            {'type': 'fixed', 'base': {'amount': 450, 'units': 1}, 'additional': {'amount': 0, 'units': 0}}

        Attributes:
            type_ (PayRateType | Unset): How the work is paid; empty when no pay is set yet.
            base (PayAmount | Unset): An amount paired with a number of units. What the pair means depends on the pay type:
                `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours. Example: {'amount': 400,
                'units': 1}.
            additional (PayAmount | Unset): An amount paired with a number of units. What the pair means depends on the pay
                type: `fixed` base is the total with `units` 1; `hourly` base is the hourly rate with `units` the maximum hours;
                `device` base is the rate per device with `units` the maximum devices; `blended` base is the amount for the
                first `units` hours and `additional` the hourly rate for up to `units` more hours. Example: {'amount': 400,
                'units': 1}.
    """

    type_: PayRateType | Unset = UNSET
    base: PayAmount | Unset = UNSET
    additional: PayAmount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        additional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional, Unset):
            additional = self.additional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base is not UNSET:
            field_dict["base"] = base
        if additional is not UNSET:
            field_dict["additional"] = additional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_amount import PayAmount  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PayRateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PayRateType(_type_)

        _base = d.pop("base", UNSET)
        base: PayAmount | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = PayAmount.from_dict(_base)

        _additional = d.pop("additional", UNSET)
        additional: PayAmount | Unset
        if isinstance(_additional, Unset):
            additional = UNSET
        else:
            additional = PayAmount.from_dict(_additional)

        pay_rate = cls(type_=type_, base=base, additional=additional)

        pay_rate.additional_properties = d
        return pay_rate

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

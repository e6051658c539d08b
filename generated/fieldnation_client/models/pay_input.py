from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_input_type import PayInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount_input import PayAmountInput


T = TypeVar("T", bound="PayInput")


@_attrs_define
class PayInput:
    """Changes to a work order's pay rate. Only the fields sent are changed; send both `base` and `additional` to clear pay
    options set before (for example the second tier of blended pay).

        Example:
            {'type': 'blended', 'base': {'amount': 400, 'units': 2}, 'additional': {'amount': 25, 'units': 1}}

        Attributes:
            type_ (PayInputType | Unset):
            base (PayAmountInput | Unset): An amount/units pair as sent in requests. `amount` is required; `units` may be
                left out (the narrative guide sends `{"amount": 200.00}` alone for fixed pay). Example: {'amount': 25, 'units':
                4}.
            additional (PayAmountInput | Unset): An amount/units pair as sent in requests. `amount` is required; `units` may
                be left out (the narrative guide sends `{"amount": 200.00}` alone for fixed pay). Example: {'amount': 25,
                'units': 4}.
    """

    type_: PayInputType | Unset = UNSET
    base: PayAmountInput | Unset = UNSET
    additional: PayAmountInput | Unset = UNSET
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
        from ..models.pay_amount_input import PayAmountInput  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PayInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PayInputType(_type_)

        _base = d.pop("base", UNSET)
        base: PayAmountInput | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = PayAmountInput.from_dict(_base)

        _additional = d.pop("additional", UNSET)
        additional: PayAmountInput | Unset
        if isinstance(_additional, Unset):
            additional = UNSET
        else:
            additional = PayAmountInput.from_dict(_additional)

        pay_input = cls(type_=type_, base=base, additional=additional)

        pay_input.additional_properties = d
        return pay_input

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

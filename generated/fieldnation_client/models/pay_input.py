from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pay_input_type import PayInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_amount_input import PayAmountInput
    from ..models.pay_modifier_refs_input import PayModifierRefsInput


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
            bonuses (PayModifierRefsInput | Unset): Company bonuses or penalties to apply to the work order, by the id of
                the company's definition (`GET /bonuses`, `GET /penalties`). Example: {'results': [{'id': 31}]}.
            penalties (PayModifierRefsInput | Unset): Company bonuses or penalties to apply to the work order, by the id of
                the company's definition (`GET /bonuses`, `GET /penalties`). Example: {'results': [{'id': 31}]}.
    """

    type_: PayInputType | Unset = UNSET
    base: PayAmountInput | Unset = UNSET
    additional: PayAmountInput | Unset = UNSET
    bonuses: PayModifierRefsInput | Unset = UNSET
    penalties: PayModifierRefsInput | Unset = UNSET
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

        bonuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bonuses, Unset):
            bonuses = self.bonuses.to_dict()

        penalties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.penalties, Unset):
            penalties = self.penalties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base is not UNSET:
            field_dict["base"] = base
        if additional is not UNSET:
            field_dict["additional"] = additional
        if bonuses is not UNSET:
            field_dict["bonuses"] = bonuses
        if penalties is not UNSET:
            field_dict["penalties"] = penalties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_amount_input import PayAmountInput  # noqa: PLC0415
        from ..models.pay_modifier_refs_input import PayModifierRefsInput  # noqa: PLC0415

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

        _bonuses = d.pop("bonuses", UNSET)
        bonuses: PayModifierRefsInput | Unset
        if isinstance(_bonuses, Unset):
            bonuses = UNSET
        else:
            bonuses = PayModifierRefsInput.from_dict(_bonuses)

        _penalties = d.pop("penalties", UNSET)
        penalties: PayModifierRefsInput | Unset
        if isinstance(_penalties, Unset):
            penalties = UNSET
        else:
            penalties = PayModifierRefsInput.from_dict(_penalties)

        pay_input = cls(type_=type_, base=base, additional=additional, bonuses=bonuses, penalties=penalties)

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayFinance")


@_attrs_define
class PayFinance:
    """The company account that funds the work order.

    Example:
        {'id': 77, 'terms': 'Net 30', 'description': 'Default funding account', 'limit': 0, 'invoiced_account': True,
            'locked': False}

    Attributes:
        id (int | Unset):
        terms (str | Unset):
        description (str | Unset):
        limit (float | Unset):
        invoiced_account (bool | Unset):
        locked (bool | Unset):
    """

    id: int | Unset = UNSET
    terms: str | Unset = UNSET
    description: str | Unset = UNSET
    limit: float | Unset = UNSET
    invoiced_account: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        terms = self.terms

        description = self.description

        limit = self.limit

        invoiced_account = self.invoiced_account

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if terms is not UNSET:
            field_dict["terms"] = terms
        if description is not UNSET:
            field_dict["description"] = description
        if limit is not UNSET:
            field_dict["limit"] = limit
        if invoiced_account is not UNSET:
            field_dict["invoiced_account"] = invoiced_account
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        terms = d.pop("terms", UNSET)

        description = d.pop("description", UNSET)

        limit = d.pop("limit", UNSET)

        invoiced_account = d.pop("invoiced_account", UNSET)

        locked = d.pop("locked", UNSET)

        pay_finance = cls(
            id=id,
            terms=terms,
            description=description,
            limit=limit,
            invoiced_account=invoiced_account,
            locked=locked,
        )

        pay_finance.additional_properties = d
        return pay_finance

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

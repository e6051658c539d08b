from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderTypeOfWorkInput")


@_attrs_define
class WorkOrderTypeOfWorkInput:
    """A type of work chosen for a work order. Mark exactly one as primary. Field Nation's reference spells the flag
    `isPrimary`; the newer model writes `is_primary`; either is accepted.

        Example:
            {'id': 62, 'isPrimary': True}

        Attributes:
            id (int): Type of work id (see the types-of-work endpoint).
            isPrimary (bool | Unset):
            is_primary (bool | Unset):
    """

    id: int
    isPrimary: bool | Unset = UNSET
    is_primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        isPrimary = self.isPrimary

        is_primary = self.is_primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if isPrimary is not UNSET:
            field_dict["isPrimary"] = isPrimary
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        isPrimary = d.pop("isPrimary", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        work_order_type_of_work_input = cls(id=id, isPrimary=isPrimary, is_primary=is_primary)

        work_order_type_of_work_input.additional_properties = d
        return work_order_type_of_work_input

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

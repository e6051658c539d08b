from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderTypeOfWork")


@_attrs_define
class WorkOrderTypeOfWork:
    """A type of work as embedded in a work order.

    Example:
        {'id': 62, 'name': 'Point of Sale', 'isPrimary': True}

    Attributes:
        id (int):
        name (str | Unset):
        industry (str | Unset):
        idv4 (int | Unset): Id of the same type in Field Nation's newer taxonomy.
        self_reported (int | Unset):
        isPrimary (bool | Unset): Whether this is the primary type of work.
        is_primary (bool | Unset): Snake-case spelling of `isPrimary` used by some answers.
    """

    id: int
    name: str | Unset = UNSET
    industry: str | Unset = UNSET
    idv4: int | Unset = UNSET
    self_reported: int | Unset = UNSET
    isPrimary: bool | Unset = UNSET
    is_primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        industry = self.industry

        idv4 = self.idv4

        self_reported = self.self_reported

        isPrimary = self.isPrimary

        is_primary = self.is_primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if name is not UNSET:
            field_dict["name"] = name
        if industry is not UNSET:
            field_dict["industry"] = industry
        if idv4 is not UNSET:
            field_dict["idv4"] = idv4
        if self_reported is not UNSET:
            field_dict["self_reported"] = self_reported
        if isPrimary is not UNSET:
            field_dict["isPrimary"] = isPrimary
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        industry = d.pop("industry", UNSET)

        idv4 = d.pop("idv4", UNSET)

        self_reported = d.pop("self_reported", UNSET)

        isPrimary = d.pop("isPrimary", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        work_order_type_of_work = cls(
            id=id,
            name=name,
            industry=industry,
            idv4=idv4,
            self_reported=self_reported,
            isPrimary=isPrimary,
            is_primary=is_primary,
        )

        work_order_type_of_work.additional_properties = d
        return work_order_type_of_work

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

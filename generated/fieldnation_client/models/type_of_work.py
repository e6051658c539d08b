from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TypeOfWork")


@_attrs_define
class TypeOfWork:
    """A type of work: the classification a work order (or template) is filed under, such as "Point of Sale". `industry`
    names the broader category the type belongs to.

        Example:
            {'id': 62, 'name': 'Point of Sale', 'industry': 'Information Technology / Communications'}

        Attributes:
            id (int):
            name (str): Display name of the type of work.
            industry (str | Unset): Industry or service category the type belongs to.
            description (str | Unset): Longer explanation (newer overview page only).
            idv4 (int | Unset): Identifier of the same type in Field Nation's newer taxonomy (seen inside template
                payloads).
            self_reported (int | Unset): Flag (0/1) seen inside template payloads.
    """

    id: int
    name: str
    industry: str | Unset = UNSET
    description: str | Unset = UNSET
    idv4: int | Unset = UNSET
    self_reported: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        industry = self.industry

        description = self.description

        idv4 = self.idv4

        self_reported = self.self_reported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id, "name": name})
        if industry is not UNSET:
            field_dict["industry"] = industry
        if description is not UNSET:
            field_dict["description"] = description
        if idv4 is not UNSET:
            field_dict["idv4"] = idv4
        if self_reported is not UNSET:
            field_dict["self_reported"] = self_reported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        industry = d.pop("industry", UNSET)

        description = d.pop("description", UNSET)

        idv4 = d.pop("idv4", UNSET)

        self_reported = d.pop("self_reported", UNSET)

        type_of_work = cls(
            id=id,
            name=name,
            industry=industry,
            description=description,
            idv4=idv4,
            self_reported=self_reported,
        )

        type_of_work.additional_properties = d
        return type_of_work

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

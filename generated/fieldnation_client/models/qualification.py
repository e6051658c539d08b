from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Qualification")


@_attrs_define
class Qualification:
    """One requirement of the work order's selection rule (a certification, screening, insurance, tool, rating
    threshold...). The narrative guide lists items as `{id, name, required, type}`; the selection-rule form adds the
    comparison (`operation`, `value`) and how the provider pool matches it.

        Example:
            {'id': 45, 'name': 'CompTIA A+', 'type': 'certification', 'required': True}

        Attributes:
            id (int): ID of the qualification (certification, screening, ...) being required.
            name (str | Unset):
            type_ (str | Unset): Kind of requirement; the guide documents `certification`, `screening`, `insurance` and
                `tool`.
            required (bool | Unset): True when providers must have it; false when it only improves their match score.
            operation (str | Unset): Comparison applied to `value` (e.g. `>=` for a rating).
            value (bool | float | str | Unset): Threshold or expected value of the requirement, when it has one.
            description (str | Unset):
            match (bool | Unset): Whether the provider being evaluated meets this requirement (provider-scoped views).
            actions (list[str] | Unset):
    """

    id: int
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    operation: str | Unset = UNSET
    value: bool | float | str | Unset = UNSET
    description: str | Unset = UNSET
    match: bool | Unset = UNSET
    actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        required = self.required

        operation = self.operation

        value: bool | float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        description = self.description

        match = self.match

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if operation is not UNSET:
            field_dict["operation"] = operation
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if match is not UNSET:
            field_dict["match"] = match
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        required = d.pop("required", UNSET)

        operation = d.pop("operation", UNSET)

        def _parse_value(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        description = d.pop("description", UNSET)

        match = d.pop("match", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        qualification = cls(
            id=id,
            name=name,
            type_=type_,
            required=required,
            operation=operation,
            value=value,
            description=description,
            match=match,
            actions=actions,
        )

        qualification.additional_properties = d
        return qualification

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

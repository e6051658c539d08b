from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemSubType")


@_attrs_define
class ProblemSubType:
    """A sub-type listed under a problem type.

    Example:
        {'id': 41, 'name': 'Site closed on arrival'}

    Attributes:
        id (int):
        name (str | Unset):
        has_other (bool | Unset):
        other (str | Unset):
        performance_event (bool | Unset):
        file_with_support (bool | Unset):
        show_pqap_warning (bool | Unset):
        reportable (bool | Unset):
        message (str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    has_other: bool | Unset = UNSET
    other: str | Unset = UNSET
    performance_event: bool | Unset = UNSET
    file_with_support: bool | Unset = UNSET
    show_pqap_warning: bool | Unset = UNSET
    reportable: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        has_other = self.has_other

        other = self.other

        performance_event = self.performance_event

        file_with_support = self.file_with_support

        show_pqap_warning = self.show_pqap_warning

        reportable = self.reportable

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({"id": id})
        if name is not UNSET:
            field_dict["name"] = name
        if has_other is not UNSET:
            field_dict["has_other"] = has_other
        if other is not UNSET:
            field_dict["other"] = other
        if performance_event is not UNSET:
            field_dict["performance_event"] = performance_event
        if file_with_support is not UNSET:
            field_dict["file_with_support"] = file_with_support
        if show_pqap_warning is not UNSET:
            field_dict["show_pqap_warning"] = show_pqap_warning
        if reportable is not UNSET:
            field_dict["reportable"] = reportable
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        has_other = d.pop("has_other", UNSET)

        other = d.pop("other", UNSET)

        performance_event = d.pop("performance_event", UNSET)

        file_with_support = d.pop("file_with_support", UNSET)

        show_pqap_warning = d.pop("show_pqap_warning", UNSET)

        reportable = d.pop("reportable", UNSET)

        message = d.pop("message", UNSET)

        problem_sub_type = cls(
            id=id,
            name=name,
            has_other=has_other,
            other=other,
            performance_event=performance_event,
            file_with_support=file_with_support,
            show_pqap_warning=show_pqap_warning,
            reportable=reportable,
            message=message,
        )

        problem_sub_type.additional_properties = d
        return problem_sub_type

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_sub_type import ProblemSubType


T = TypeVar("T", bound="ProblemType")


@_attrs_define
class ProblemType:
    """A kind of problem that can be reported, possibly with sub-types.

    Example:
        {'id': 22, 'name': "I can't find a provider", 'has_other': False}

    Attributes:
        id (int):
        name (str | Unset):
        has_other (bool | Unset): Whether the type asks for a free-text explanation in `other`.
        other (str | Unset):
        performance_event (bool | Unset): Whether reporting it counts against the provider's performance.
        file_with_support (bool | Unset):
        show_pqap_warning (bool | Unset):
        reportable (bool | Unset):
        message (str | Unset):
        children (list[ProblemSubType] | Unset): Sub-types (one level of nesting in practice).
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
    children: list[ProblemSubType] | Unset = UNSET
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

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

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
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_sub_type import ProblemSubType  # noqa: PLC0415

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

        _children = d.pop("children", UNSET)
        children: list[ProblemSubType] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = ProblemSubType.from_dict(children_item_data)

                children.append(children_item)

        problem_type = cls(
            id=id,
            name=name,
            has_other=has_other,
            other=other,
            performance_event=performance_event,
            file_with_support=file_with_support,
            show_pqap_warning=show_pqap_warning,
            reportable=reportable,
            message=message,
            children=children,
        )

        problem_type.additional_properties = d
        return problem_type

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

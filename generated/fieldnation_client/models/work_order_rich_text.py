from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderRichText")


@_attrs_define
class WorkOrderRichText:
    """Formatted text. `html` may hold plain text or HTML (tags not escaped).

    Example:
        {'html': '<p>Swap the failed POS terminal at lane 3.</p>'}

    Attributes:
        html (str | Unset): The text as HTML.
        plain (str | Unset): The same text with markup removed, when the API provides it.
    """

    html: str | Unset = UNSET
    plain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        html = self.html

        plain = self.plain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if html is not UNSET:
            field_dict["html"] = html
        if plain is not UNSET:
            field_dict["plain"] = plain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        html = d.pop("html", UNSET)

        plain = d.pop("plain", UNSET)

        work_order_rich_text = cls(html=html, plain=plain)

        work_order_rich_text.additional_properties = d
        return work_order_rich_text

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

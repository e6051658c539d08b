from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleValidationParams")


@_attrs_define
class BundleValidationParams:
    """The optional request fields, echoed back.

    Attributes:
        cancel_message (str | Unset):
        cancel_reason (str | Unset):
    """

    cancel_message: str | Unset = UNSET
    cancel_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_message = self.cancel_message

        cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel_message is not UNSET:
            field_dict["cancel_message"] = cancel_message
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancel_message = d.pop("cancel_message", UNSET)

        cancel_reason = d.pop("cancel_reason", UNSET)

        bundle_validation_params = cls(cancel_message=cancel_message, cancel_reason=cancel_reason)

        bundle_validation_params.additional_properties = d
        return bundle_validation_params

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

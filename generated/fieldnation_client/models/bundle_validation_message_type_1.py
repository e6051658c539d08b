from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleValidationMessageType1")


@_attrs_define
class BundleValidationMessageType1:
    """
    Attributes:
        work_order_id (int | Unset):
        code (str | Unset):
        message (str | Unset):
    """

    work_order_id: int | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_order_id = self.work_order_id

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        work_order_id = d.pop("work_order_id", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        bundle_validation_message_type_1 = cls(work_order_id=work_order_id, code=code, message=message)

        bundle_validation_message_type_1.additional_properties = d
        return bundle_validation_message_type_1

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleCreateRequest")


@_attrs_define
class BundleCreateRequest:
    """Body of `POST /workorders/bundle`: the work orders to bundle, at least two (a bundle of one is no bundle; the
    validation operation reports that case as an error instead).

        Example:
            {'ids': [1001, 1002, 1003]}

        Attributes:
            ids (list[int] | Unset): IDs of the work orders to bundle.
            work_order_ids (list[int] | Unset): Guide spelling of `ids`; accepted as an alias.
            cancel_message (str | Unset):
            cancel_reason (str | Unset):
    """

    ids: list[int] | Unset = UNSET
    work_order_ids: list[int] | Unset = UNSET
    cancel_message: str | Unset = UNSET
    cancel_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        work_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.work_order_ids, Unset):
            work_order_ids = self.work_order_ids

        cancel_message = self.cancel_message

        cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if work_order_ids is not UNSET:
            field_dict["work_order_ids"] = work_order_ids
        if cancel_message is not UNSET:
            field_dict["cancel_message"] = cancel_message
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        work_order_ids = cast(list[int], d.pop("work_order_ids", UNSET))

        cancel_message = d.pop("cancel_message", UNSET)

        cancel_reason = d.pop("cancel_reason", UNSET)

        bundle_create_request = cls(
            ids=ids, work_order_ids=work_order_ids, cancel_message=cancel_message, cancel_reason=cancel_reason
        )

        bundle_create_request.additional_properties = d
        return bundle_create_request

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

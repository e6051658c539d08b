from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderSiteRevisitInfoIncompleteReason")


@_attrs_define
class WorkOrderSiteRevisitInfoIncompleteReason:
    """Why the job is incomplete; needed when `job_status` is `incomplete`.

    Attributes:
        reason_id (int | Unset):
        reason_name (str | Unset):
    """

    reason_id: int | Unset = UNSET
    reason_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason_id = self.reason_id

        reason_name = self.reason_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if reason_name is not UNSET:
            field_dict["reason_name"] = reason_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason_id = d.pop("reason_id", UNSET)

        reason_name = d.pop("reason_name", UNSET)

        work_order_site_revisit_info_incomplete_reason = cls(reason_id=reason_id, reason_name=reason_name)

        work_order_site_revisit_info_incomplete_reason.additional_properties = d
        return work_order_site_revisit_info_incomplete_reason

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

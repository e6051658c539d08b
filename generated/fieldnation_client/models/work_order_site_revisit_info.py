from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_site_revisit_info_job_status import WorkOrderSiteRevisitInfoJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_site_revisit_info_incomplete_reason import (
        WorkOrderSiteRevisitInfoIncompleteReason,
    )


T = TypeVar("T", bound="WorkOrderSiteRevisitInfo")


@_attrs_define
class WorkOrderSiteRevisitInfo:
    """Job-status summary of a work order that may need a return visit.

    Example:
        {'job_status': 'incomplete', 'revisit_count': 1, 'incomplete_reason': {'reason_id': 8, 'reason_name': 'Incorrect
            part provided'}}

    Attributes:
        job_status (WorkOrderSiteRevisitInfoJobStatus | Unset): Whether the provider finished the whole scope.
        revisit_count (int | Unset): How many return visits were made.
        incomplete_reason (WorkOrderSiteRevisitInfoIncompleteReason | Unset): Why the job is incomplete; needed when
            `job_status` is `incomplete`.
    """

    job_status: WorkOrderSiteRevisitInfoJobStatus | Unset = UNSET
    revisit_count: int | Unset = UNSET
    incomplete_reason: WorkOrderSiteRevisitInfoIncompleteReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_status: str | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = self.job_status.value

        revisit_count = self.revisit_count

        incomplete_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incomplete_reason, Unset):
            incomplete_reason = self.incomplete_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if revisit_count is not UNSET:
            field_dict["revisit_count"] = revisit_count
        if incomplete_reason is not UNSET:
            field_dict["incomplete_reason"] = incomplete_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_order_site_revisit_info_incomplete_reason import (
            WorkOrderSiteRevisitInfoIncompleteReason,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _job_status = d.pop("job_status", UNSET)
        job_status: WorkOrderSiteRevisitInfoJobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = WorkOrderSiteRevisitInfoJobStatus(_job_status)

        revisit_count = d.pop("revisit_count", UNSET)

        _incomplete_reason = d.pop("incomplete_reason", UNSET)
        incomplete_reason: WorkOrderSiteRevisitInfoIncompleteReason | Unset
        if isinstance(_incomplete_reason, Unset):
            incomplete_reason = UNSET
        else:
            incomplete_reason = WorkOrderSiteRevisitInfoIncompleteReason.from_dict(_incomplete_reason)

        work_order_site_revisit_info = cls(
            job_status=job_status, revisit_count=revisit_count, incomplete_reason=incomplete_reason
        )

        work_order_site_revisit_info.additional_properties = d
        return work_order_site_revisit_info

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

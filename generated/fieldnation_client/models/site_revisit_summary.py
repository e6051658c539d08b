from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status import JobStatus
    from ..models.related_work_order import RelatedWorkOrder
    from ..models.site_revisit import SiteRevisit


T = TypeVar("T", bound="SiteRevisitSummary")


@_attrs_define
class SiteRevisitSummary:
    """The work order's site summary: its revisits, job status, incident/site ID and the other work orders of the same
    incident. Answer of the incident, job-status and site-revisit writes.

        Example:
            {'revisits': [{'id': 13, 'reason': {'id': 10, 'name': 'Parts not delivered'}, 'is_billable': False, 'status':
                'scheduled', 'created': {'utc': '2026-07-01 16:00:00'}}], 'job_status': {'status': 'incomplete', 'reason':
                {'id': 8, 'label': 'Incorrect part provided'}, 'history': []}, 'incident_id': 'INC-2025-001',
                'related_work_orders': []}

        Attributes:
            revisits (list[SiteRevisit] | Unset): Revisits of the work order, newest first in the local sandbox (its
                convention, x-sandbox; Field Nation does not document the order).
            job_status (JobStatus | Unset): Whether the provider completed the full scope of work, separate from the work
                order's lifecycle status. `pending` until someone records it. Example: {'status': 'incomplete', 'reason': {'id':
                8, 'label': 'Incorrect part provided'}, 'history': []}.
            incident_id (None | str | Unset): Incident/site ID; null once removed.
            related_work_orders (list[RelatedWorkOrder] | Unset):
    """

    revisits: list[SiteRevisit] | Unset = UNSET
    job_status: JobStatus | Unset = UNSET
    incident_id: None | str | Unset = UNSET
    related_work_orders: list[RelatedWorkOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revisits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.revisits, Unset):
            revisits = []
            for revisits_item_data in self.revisits:
                revisits_item = revisits_item_data.to_dict()
                revisits.append(revisits_item)

        job_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = self.job_status.to_dict()

        incident_id: None | str | Unset
        if isinstance(self.incident_id, Unset):
            incident_id = UNSET
        else:
            incident_id = self.incident_id

        related_work_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_work_orders, Unset):
            related_work_orders = []
            for related_work_orders_item_data in self.related_work_orders:
                related_work_orders_item = related_work_orders_item_data.to_dict()
                related_work_orders.append(related_work_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revisits is not UNSET:
            field_dict["revisits"] = revisits
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if incident_id is not UNSET:
            field_dict["incident_id"] = incident_id
        if related_work_orders is not UNSET:
            field_dict["related_work_orders"] = related_work_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_status import JobStatus  # noqa: PLC0415
        from ..models.related_work_order import RelatedWorkOrder  # noqa: PLC0415
        from ..models.site_revisit import SiteRevisit  # noqa: PLC0415

        d = dict(src_dict)
        _revisits = d.pop("revisits", UNSET)
        revisits: list[SiteRevisit] | Unset = UNSET
        if _revisits is not UNSET:
            revisits = []
            for revisits_item_data in _revisits:
                revisits_item = SiteRevisit.from_dict(revisits_item_data)

                revisits.append(revisits_item)

        _job_status = d.pop("job_status", UNSET)
        job_status: JobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = JobStatus.from_dict(_job_status)

        def _parse_incident_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        incident_id = _parse_incident_id(d.pop("incident_id", UNSET))

        _related_work_orders = d.pop("related_work_orders", UNSET)
        related_work_orders: list[RelatedWorkOrder] | Unset = UNSET
        if _related_work_orders is not UNSET:
            related_work_orders = []
            for related_work_orders_item_data in _related_work_orders:
                related_work_orders_item = RelatedWorkOrder.from_dict(related_work_orders_item_data)

                related_work_orders.append(related_work_orders_item)

        site_revisit_summary = cls(
            revisits=revisits,
            job_status=job_status,
            incident_id=incident_id,
            related_work_orders=related_work_orders,
        )

        site_revisit_summary.additional_properties = d
        return site_revisit_summary

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

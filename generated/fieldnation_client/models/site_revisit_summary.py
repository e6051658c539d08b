from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from .. import _models as _m
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status import JobStatus, JobStatusDict
    from ..models.related_work_order import RelatedWorkOrder, RelatedWorkOrderDict
    from ..models.site_revisit import SiteRevisit, SiteRevisitDict


class SiteRevisitSummary(_m.BaseModel):
    """The work order's site summary: its revisits, job status, incident/site ID and the other work orders of the same
    incident. Answer of the incident, job-status and site-revisit writes.

        Example:
            {'revisits': [{'id': 13, 'reason': {'id': 10, 'name': 'Parts not delivered'}, 'is_billable': False, 'status':
                'scheduled', 'created': {'utc': '2026-07-01 16:00:00'}}], 'job_status': {'status': 'incomplete', 'reason':
                {'id': 8, 'label': 'Incorrect part provided'}, 'history': []}, 'incident_id': 'INC-2025-001',
                'related_work_orders': []}

        Attributes:
            revisits (list[SiteRevisit] | None): Revisits of the work order, newest first in the local sandbox (its
                convention, x-sandbox; Field Nation does not document the order).
            job_status (JobStatus | None): Whether the provider completed the full scope of work, separate from the work
                order's lifecycle status. `pending` until someone records it.
            incident_id (str | None): Incident/site ID; null once removed.
            related_work_orders (list[RelatedWorkOrder] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        revisits: list[SiteRevisit] | Unset = UNSET,
        job_status: JobStatus | Unset = UNSET,
        incident_id: str | None | Unset = UNSET,
        related_work_orders: list[RelatedWorkOrder] | Unset = UNSET,
    ) -> None:
        self._data = {}
        self._cache = None
        self._request_id = None
        self._set("revisits", revisits)
        self._set("job_status", job_status)
        self._set("incident_id", incident_id)
        self._set("related_work_orders", related_work_orders)

    @classmethod
    def _fields(cls) -> dict[str, _m.Field]:
        from ..models.job_status import JobStatus  # noqa: PLC0415
        from ..models.related_work_order import RelatedWorkOrder  # noqa: PLC0415
        from ..models.site_revisit import SiteRevisit  # noqa: PLC0415

        return {
            "revisits": _m.Field(_m.List(_m.Model(SiteRevisit)), False, False),
            "job_status": _m.Field(_m.Model(JobStatus), False, False),
            "incident_id": _m.Field(_m.STR, False, True),
            "related_work_orders": _m.Field(_m.List(_m.Model(RelatedWorkOrder)), False, False),
        }

    @classmethod
    def _extra_decoder(cls) -> _m.Decoder:
        return _m.ANY

    @property
    def revisits(self) -> list[SiteRevisit] | None:
        """Revisits of the work order, newest first in the local sandbox (its convention, x-sandbox; Field
        Nation does not document the order)."""
        return cast("list[SiteRevisit] | None", self._get("revisits"))

    @revisits.setter
    def revisits(self, value: list[SiteRevisit] | None) -> None:
        self._set("revisits", value)

    @property
    def job_status(self) -> JobStatus | None:
        """Whether the provider completed the full scope of work, separate from the work order's lifecycle
        status. `pending` until someone records it."""
        return cast("JobStatus | None", self._get("job_status"))

    @job_status.setter
    def job_status(self, value: JobStatus | None) -> None:
        self._set("job_status", value)

    @property
    def incident_id(self) -> str | None:
        """Incident/site ID; null once removed."""
        return cast("str | None", self._get("incident_id"))

    @incident_id.setter
    def incident_id(self, value: str | None) -> None:
        self._set("incident_id", value)

    @property
    def related_work_orders(self) -> list[RelatedWorkOrder] | None:
        return cast("list[RelatedWorkOrder] | None", self._get("related_work_orders"))

    @related_work_orders.setter
    def related_work_orders(self, value: list[RelatedWorkOrder] | None) -> None:
        self._set("related_work_orders", value)


class SiteRevisitSummaryDict(TypedDict, total=False):
    """:class:`SiteRevisitSummary` as plain data (JSON keys); accepted wherever the model is sent."""

    revisits: list[SiteRevisit | SiteRevisitDict]
    job_status: JobStatus | JobStatusDict
    incident_id: str | None
    related_work_orders: list[RelatedWorkOrder | RelatedWorkOrderDict]

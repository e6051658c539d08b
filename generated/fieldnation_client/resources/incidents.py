"""Incidents: 3 operations, sync (``IncidentsResource``) and async (``AsyncIncidentsResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.incident_input import IncidentInput
    from ..models.job_status_input import JobStatusInput
    from ..models.site_revisit_summary import SiteRevisitSummary

__all__ = ["AsyncIncidentsResource", "IncidentsResource"]

Timeout = float | httpx.Timeout | None


class IncidentsResource(SyncResource):
    """Incidents operations; reach them as ``client.incidents``."""

    def update_work_order_incident(
        self, work_order_id: int, *, body: IncidentInput, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Update Work Order Incident.

        Sets or changes the incident/site ID of the work order, the identifier that ties together work
        orders done for the same incident or site (for revisits and cost tracking). Answers the work
        order's site summary, including the other work orders with the same ID.

        ``PUT /workorders/{work_order_id}/incident``

        Args:
            work_order_id (int):
            body (IncidentInput): Body of `PUT /workorders/{work_order_id}/incident`. Example:
                {'incident_id': 'INC-2025-001'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.incidents import update_work_order_incident as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def delete_work_order_incident_id(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Delete Work Order Incident ID.

        Removes the incident/site ID from the work order. Answers the work order's site summary, whose
        `incident_id` is then null.

        ``DELETE /workorders/{work_order_id}/incident``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.incidents import delete_work_order_incident_id as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def update_work_order_job_status(
        self, work_order_id: int, *, body: JobStatusInput, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Update Work Order Job Status.

        Records whether the provider completed the full scope of work (`complete`) or not (`incomplete`,
        with a reason). This is separate from the work order's lifecycle status. Answers the work
        order's site summary.

        ``PUT /workorders/{work_order_id}/job-status``

        Args:
            work_order_id (int):
            body (JobStatusInput): Body of `PUT /workorders/{work_order_id}/job-status`. Example:
                {'status': 'incomplete', 'reason_id': 8}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.incidents import update_work_order_job_status as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncIncidentsResource(AsyncResource):
    """Incidents operations; reach them as ``async_client.incidents``."""

    async def update_work_order_incident(
        self, work_order_id: int, *, body: IncidentInput, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Update Work Order Incident.

        Sets or changes the incident/site ID of the work order, the identifier that ties together work
        orders done for the same incident or site (for revisits and cost tracking). Answers the work
        order's site summary, including the other work orders with the same ID.

        ``PUT /workorders/{work_order_id}/incident``

        Args:
            work_order_id (int):
            body (IncidentInput): Body of `PUT /workorders/{work_order_id}/incident`. Example:
                {'incident_id': 'INC-2025-001'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.incidents import update_work_order_incident as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def delete_work_order_incident_id(
        self, work_order_id: int, *, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Delete Work Order Incident ID.

        Removes the incident/site ID from the work order. Answers the work order's site summary, whose
        `incident_id` is then null.

        ``DELETE /workorders/{work_order_id}/incident``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.incidents import delete_work_order_incident_id as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def update_work_order_job_status(
        self, work_order_id: int, *, body: JobStatusInput, timeout: Timeout = None
    ) -> SiteRevisitSummary:
        """Update Work Order Job Status.

        Records whether the provider completed the full scope of work (`complete`) or not (`incomplete`,
        with a reason). This is separate from the work order's lifecycle status. Answers the work
        order's site summary.

        ``PUT /workorders/{work_order_id}/job-status``

        Args:
            work_order_id (int):
            body (JobStatusInput): Body of `PUT /workorders/{work_order_id}/job-status`. Example:
                {'status': 'incomplete', 'reason_id': 8}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.incidents import update_work_order_job_status as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

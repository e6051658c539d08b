"""Incidents: 3 operations, sync (``IncidentsResource``) and async (``AsyncIncidentsResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.incident_input import IncidentInput, IncidentInputDict
    from ..models.job_status_input import JobStatusInput, JobStatusInputDict
    from ..models.site_revisit_summary import SiteRevisitSummary

    pass

__all__ = ["AsyncIncidentsResource", "IncidentsResource"]

Timeout = float | httpx.Timeout | None


class IncidentsResource(SyncResource):
    """Incidents operations; reach them as ``client.incidents``."""

    @cached_property
    def with_raw_response(self) -> IncidentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return IncidentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> IncidentsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return IncidentsResourceWithStreamingResponse(self)

    def update_work_order_incident(
        self,
        work_order_id: int,
        *,
        body: IncidentInput | IncidentInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_work_order_incident_id(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_work_order_job_status(
        self,
        work_order_id: int,
        *,
        body: JobStatusInput | JobStatusInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncIncidentsResource(AsyncResource):
    """Incidents operations; reach them as ``async_client.incidents``."""

    @cached_property
    def with_raw_response(self) -> AsyncIncidentsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncIncidentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncIncidentsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncIncidentsResourceWithStreamingResponse(self)

    async def update_work_order_incident(
        self,
        work_order_id: int,
        *,
        body: IncidentInput | IncidentInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_work_order_incident_id(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_work_order_job_status(
        self,
        work_order_id: int,
        *,
        body: JobStatusInput | JobStatusInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class IncidentsResourceWithRawResponse:
    """``IncidentsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: IncidentsResource) -> None:
        self.update_work_order_incident = to_raw_response_wrapper(resource.update_work_order_incident)
        self.delete_work_order_incident_id = to_raw_response_wrapper(resource.delete_work_order_incident_id)
        self.update_work_order_job_status = to_raw_response_wrapper(resource.update_work_order_job_status)


class IncidentsResourceWithStreamingResponse:
    """``IncidentsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: IncidentsResource) -> None:
        self.update_work_order_incident = to_streamed_response_wrapper(resource.update_work_order_incident)
        self.delete_work_order_incident_id = to_streamed_response_wrapper(
            resource.delete_work_order_incident_id
        )
        self.update_work_order_job_status = to_streamed_response_wrapper(
            resource.update_work_order_job_status
        )


class AsyncIncidentsResourceWithRawResponse:
    """``AsyncIncidentsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncIncidentsResource) -> None:
        self.update_work_order_incident = async_to_raw_response_wrapper(resource.update_work_order_incident)
        self.delete_work_order_incident_id = async_to_raw_response_wrapper(
            resource.delete_work_order_incident_id
        )
        self.update_work_order_job_status = async_to_raw_response_wrapper(
            resource.update_work_order_job_status
        )


class AsyncIncidentsResourceWithStreamingResponse:
    """``AsyncIncidentsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncIncidentsResource) -> None:
        self.update_work_order_incident = async_to_streamed_response_wrapper(
            resource.update_work_order_incident
        )
        self.delete_work_order_incident_id = async_to_streamed_response_wrapper(
            resource.delete_work_order_incident_id
        )
        self.update_work_order_job_status = async_to_streamed_response_wrapper(
            resource.update_work_order_job_status
        )

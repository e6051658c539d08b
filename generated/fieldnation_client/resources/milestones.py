"""Milestones: 1 operation, sync (``MilestonesResource``) and async (``AsyncMilestonesResource``)."""

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
    from ..models.milestone_steps import MilestoneSteps
    from ..models.milestones import Milestones

    pass

__all__ = ["AsyncMilestonesResource", "MilestonesResource"]

Timeout = float | httpx.Timeout | None


class MilestonesResource(SyncResource):
    """Milestones operations; reach them as ``client.milestones``."""

    @cached_property
    def with_raw_response(self) -> MilestonesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return MilestonesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MilestonesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return MilestonesResourceWithStreamingResponse(self)

    def list_work_order_milestones(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Milestones | MilestoneSteps:
        """List Work Order Milestones.

        Returns when the work order was created, published, routed, assigned, marked work done,
        approved, paid or canceled, with the derived durations (time to dispatch, to work done, to
        approval, and total age) in seconds.

        ``GET /workorders/{work_order_id}/milestones``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.milestones import list_work_order_milestones as _op  # loaded on first call

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


class AsyncMilestonesResource(AsyncResource):
    """Milestones operations; reach them as ``async_client.milestones``."""

    @cached_property
    def with_raw_response(self) -> AsyncMilestonesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncMilestonesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMilestonesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncMilestonesResourceWithStreamingResponse(self)

    async def list_work_order_milestones(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Milestones | MilestoneSteps:
        """List Work Order Milestones.

        Returns when the work order was created, published, routed, assigned, marked work done,
        approved, paid or canceled, with the derived durations (time to dispatch, to work done, to
        approval, and total age) in seconds.

        ``GET /workorders/{work_order_id}/milestones``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.milestones import list_work_order_milestones as _op  # loaded on first call

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


class MilestonesResourceWithRawResponse:
    """``MilestonesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: MilestonesResource) -> None:
        self.list_work_order_milestones = to_raw_response_wrapper(resource.list_work_order_milestones)


class MilestonesResourceWithStreamingResponse:
    """``MilestonesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: MilestonesResource) -> None:
        self.list_work_order_milestones = to_streamed_response_wrapper(resource.list_work_order_milestones)


class AsyncMilestonesResourceWithRawResponse:
    """``AsyncMilestonesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncMilestonesResource) -> None:
        self.list_work_order_milestones = async_to_raw_response_wrapper(resource.list_work_order_milestones)


class AsyncMilestonesResourceWithStreamingResponse:
    """``AsyncMilestonesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncMilestonesResource) -> None:
        self.list_work_order_milestones = async_to_streamed_response_wrapper(
            resource.list_work_order_milestones
        )

"""Schedule: 3 operations, sync (``ScheduleResource``) and async (``AsyncScheduleResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_job import AsyncJob
    from ..models.eta import Eta
    from ..models.schedule import Schedule
    from ..models.schedule_update import ScheduleUpdate, ScheduleUpdateDict

    pass

__all__ = ["AsyncScheduleResource", "ScheduleResource"]

Timeout = float | httpx.Timeout | None


class ScheduleResource(SyncResource):
    """Schedule operations; reach them as ``client.schedule``."""

    @cached_property
    def with_raw_response(self) -> ScheduleResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ScheduleResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ScheduleResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ScheduleResourceWithStreamingResponse(self)

    def get_work_order_schedule(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule:
        """Get Work Order Schedule.

        Returns when the work is to be done: the service window (mode, start and end in UTC and local
        time), the schedule note, the hard-start option and the location's time zone.

        ``GET /workorders/{work_order_id}/schedule``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.schedule import get_work_order_schedule as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule: ...

    @overload
    def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule | AsyncJob: ...

    def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule | AsyncJob:
        """Update Work Order Schedule.

        Changes the service window and schedule details of the work order. Send times in UTC; the
        platform derives local times from the location's time zone. The answer is the updated schedule.

        ``PUT /workorders/{work_order_id}/schedule``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (ScheduleUpdate): Body of `PUT /workorders/{work_order_id}/schedule` (playground
                "work order schedule pay model"): the service window, required, plus optional note,
                schedule option, time zone and hard start. Example: {'service_window': {'mode': 'between',
                'start': {'utc': '2025-01-01T09:00:00Z', 'local': {'date': '2025-01-01', 'time':
                '09:00:00'}}, 'end': {'utc': '2025-01-01T17:00:00Z', 'local': {'date': '2025-01-01',
                'time': '17:00:00'}}}, 'schedule_note': 'Please arrive on time.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.schedule import update_work_order_schedule as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_work_order_eta(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Eta:
        """Get Work Order ETA.

        Returns the assigned provider's estimated time of arrival: the arrival window they set, their
        hour estimate and notes, whether the ETA is confirmed or they are on the way, and, before check-
        in, whether they are running late.

        ``GET /workorders/{work_order_id}/eta``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.schedule import get_work_order_eta as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncScheduleResource(AsyncResource):
    """Schedule operations; reach them as ``async_client.schedule``."""

    @cached_property
    def with_raw_response(self) -> AsyncScheduleResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncScheduleResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncScheduleResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncScheduleResourceWithStreamingResponse(self)

    async def get_work_order_schedule(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule:
        """Get Work Order Schedule.

        Returns when the work is to be done: the service window (mode, start and end in UTC and local
        time), the schedule note, the hard-start option and the location's time zone.

        ``GET /workorders/{work_order_id}/schedule``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.schedule import get_work_order_schedule as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    @overload
    async def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule: ...

    @overload
    async def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule | AsyncJob: ...

    async def update_work_order_schedule(
        self,
        work_order_id: int,
        *,
        body: ScheduleUpdate | ScheduleUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Schedule | AsyncJob:
        """Update Work Order Schedule.

        Changes the service window and schedule details of the work order. Send times in UTC; the
        platform derives local times from the location's time zone. The answer is the updated schedule.

        ``PUT /workorders/{work_order_id}/schedule``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (ScheduleUpdate): Body of `PUT /workorders/{work_order_id}/schedule` (playground
                "work order schedule pay model"): the service window, required, plus optional note,
                schedule option, time zone and hard start. Example: {'service_window': {'mode': 'between',
                'start': {'utc': '2025-01-01T09:00:00Z', 'local': {'date': '2025-01-01', 'time':
                '09:00:00'}}, 'end': {'utc': '2025-01-01T17:00:00Z', 'local': {'date': '2025-01-01',
                'time': '17:00:00'}}}, 'schedule_note': 'Please arrive on time.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.schedule import update_work_order_schedule as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_work_order_eta(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Eta:
        """Get Work Order ETA.

        Returns the assigned provider's estimated time of arrival: the arrival window they set, their
        hour estimate and notes, whether the ETA is confirmed or they are on the way, and, before check-
        in, whether they are running late.

        ``GET /workorders/{work_order_id}/eta``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.schedule import get_work_order_eta as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, acting_user_id=acting_user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ScheduleResourceWithRawResponse:
    """``ScheduleResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ScheduleResource) -> None:
        self.get_work_order_schedule = to_raw_response_wrapper(resource.get_work_order_schedule)
        self.update_work_order_schedule = to_raw_response_wrapper(resource.update_work_order_schedule)
        self.get_work_order_eta = to_raw_response_wrapper(resource.get_work_order_eta)


class ScheduleResourceWithStreamingResponse:
    """``ScheduleResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ScheduleResource) -> None:
        self.get_work_order_schedule = to_streamed_response_wrapper(resource.get_work_order_schedule)
        self.update_work_order_schedule = to_streamed_response_wrapper(resource.update_work_order_schedule)
        self.get_work_order_eta = to_streamed_response_wrapper(resource.get_work_order_eta)


class AsyncScheduleResourceWithRawResponse:
    """``AsyncScheduleResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncScheduleResource) -> None:
        self.get_work_order_schedule = async_to_raw_response_wrapper(resource.get_work_order_schedule)
        self.update_work_order_schedule = async_to_raw_response_wrapper(resource.update_work_order_schedule)
        self.get_work_order_eta = async_to_raw_response_wrapper(resource.get_work_order_eta)


class AsyncScheduleResourceWithStreamingResponse:
    """``AsyncScheduleResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncScheduleResource) -> None:
        self.get_work_order_schedule = async_to_streamed_response_wrapper(resource.get_work_order_schedule)
        self.update_work_order_schedule = async_to_streamed_response_wrapper(
            resource.update_work_order_schedule
        )
        self.get_work_order_eta = async_to_streamed_response_wrapper(resource.get_work_order_eta)

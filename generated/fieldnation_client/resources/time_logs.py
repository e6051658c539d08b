"""Time logs: 5 operations, sync (``TimeLogsResource``) and async (``AsyncTimeLogsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_pages, iter_pages
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
    from ..models.time_log import TimeLog
    from ..models.time_log_bulk_update import TimeLogBulkUpdate, TimeLogBulkUpdateDict
    from ..models.time_log_input import TimeLogInput, TimeLogInputDict
    from ..models.time_log_list import TimeLogList
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncTimeLogsResource", "TimeLogsResource"]

Timeout = float | httpx.Timeout | None


class TimeLogsResource(SyncResource):
    """Time logs operations; reach them as ``client.time_logs``."""

    @cached_property
    def with_raw_response(self) -> TimeLogsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TimeLogsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TimeLogsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TimeLogsResourceWithStreamingResponse(self)

    def list_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TimeLogList:
        """List Work Order Time Logs.

        Returns every check-in / check-out record of the work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with the hours of each log, the total
        hours, the GPS verification of each end and, while the provider is on site, the log that is
        still open.

        ``GET /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import list_work_order_time_logs as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[TimeLog]:
        """List Work Order Time Logs: every item, across all pages.

        Returns every check-in / check-out record of the work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with the hours of each log, the total
        hours, the GPS verification of each end and, while the provider is on site, the log that is
        still open.

        ``GET /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> TimeLogList:
            return self.list_work_order_time_logs(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[TimeLog, TimeLogList]:
        """The first page of ``list_work_order_time_logs`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> TimeLogList:
            return self.list_work_order_time_logs(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    @overload
    def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update All Work Order Time Logs.

        Changes several time logs of the work order at once: each entry of `data` names a log by `id`
        and carries the fields to change. Logs not listed are left alone. The answer is the updated work
        order.

        ``PUT /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (TimeLogBulkUpdate): Several time logs of one work order changed in a single request.
                Example: {'data': [{'id': 5050, 'in': {'created': {'utc': '2026-07-01T14:05:00Z', 'local':
                {'date': '2026-07-01', 'time': '09:05:00'}}}}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import update_all_work_order_time_logs as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, acting_user_id=acting_user_id, async_=async_
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_work_order_time_log(
        self,
        work_order_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Time Log.

        Records a check-in, a check-out or a complete check-in/check-out pair for the work order on the
        provider's behalf, optionally with the number of devices serviced. The answer is the updated
        work order; the new log is first in `time_logs.results` (the local sandbox's order, x-sandbox;
        Field Nation does not document the order).

        ``POST /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            body (TimeLogInput): A new or changed time log. Send `in` (and `out` once the work is
                done); for per-device pay add `devices`. The guide's `start` / `end` / `user_id` spelling
                is accepted as an alternative to `in` / `out`. Example: {'in': {'created': {'utc':
                '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}, 'out':
                {'created': {'utc': '2026-07-01T16:30:00Z', 'local': {'date': '2026-07-01', 'time':
                '11:30:00'}}}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import create_work_order_time_log as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, acting_user_id=acting_user_id),
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
    def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Time Log.

        Corrects one time log: its check-in or check-out time, position or device count. Sending only
        `out` closes an open log. The answer is the updated work order.

        ``PUT /workorders/{work_order_id}/time_logs/{workorder_hours_id}``

        Args:
            work_order_id (int):
            workorder_hours_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (TimeLogInput): A new or changed time log. Send `in` (and `out` once the work is
                done); for per-device pay add `devices`. The guide's `start` / `end` / `user_id` spelling
                is accepted as an alternative to `in` / `out`. Example: {'in': {'created': {'utc':
                '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}, 'out':
                {'created': {'utc': '2026-07-01T16:30:00Z', 'local': {'date': '2026-07-01', 'time':
                '11:30:00'}}}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import update_work_order_time_log as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                workorder_hours_id=workorder_hours_id,
                body=body,
                acting_user_id=acting_user_id,
                async_=async_,
            ),
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
    def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Time Log.

        Removes one time log from the work order; the work order's total hours are recomputed. The
        answer is the updated work order.

        ``DELETE /workorders/{work_order_id}/time_logs/{workorder_hours_id}``

        Args:
            work_order_id (int):
            workorder_hours_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import delete_work_order_time_log as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                workorder_hours_id=workorder_hours_id,
                acting_user_id=acting_user_id,
                async_=async_,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTimeLogsResource(AsyncResource):
    """Time logs operations; reach them as ``async_client.time_logs``."""

    @cached_property
    def with_raw_response(self) -> AsyncTimeLogsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTimeLogsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTimeLogsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTimeLogsResourceWithStreamingResponse(self)

    async def list_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TimeLogList:
        """List Work Order Time Logs.

        Returns every check-in / check-out record of the work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with the hours of each log, the total
        hours, the GPS verification of each end and, while the provider is on site, the log that is
        still open.

        ``GET /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import list_work_order_time_logs as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[TimeLog]:
        """List Work Order Time Logs: every item, across all pages.

        Returns every check-in / check-out record of the work order (newest first in the local sandbox,
        x-sandbox; Field Nation does not document the order), with the hours of each log, the total
        hours, the GPS verification of each end and, while the provider is on site, the log that is
        still open.

        ``GET /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> TimeLogList:
            return await self.list_work_order_time_logs(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[TimeLog, TimeLogList]:
        """The first page of ``list_work_order_time_logs`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> TimeLogList:
            return await self.list_work_order_time_logs(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    @overload
    async def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_all_work_order_time_logs(
        self,
        work_order_id: int,
        *,
        body: TimeLogBulkUpdate | TimeLogBulkUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update All Work Order Time Logs.

        Changes several time logs of the work order at once: each entry of `data` names a log by `id`
        and carries the fields to change. Logs not listed are left alone. The answer is the updated work
        order.

        ``PUT /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (TimeLogBulkUpdate): Several time logs of one work order changed in a single request.
                Example: {'data': [{'id': 5050, 'in': {'created': {'utc': '2026-07-01T14:05:00Z', 'local':
                {'date': '2026-07-01', 'time': '09:05:00'}}}}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import update_all_work_order_time_logs as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, acting_user_id=acting_user_id, async_=async_
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_work_order_time_log(
        self,
        work_order_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Time Log.

        Records a check-in, a check-out or a complete check-in/check-out pair for the work order on the
        provider's behalf, optionally with the number of devices serviced. The answer is the updated
        work order; the new log is first in `time_logs.results` (the local sandbox's order, x-sandbox;
        Field Nation does not document the order).

        ``POST /workorders/{work_order_id}/time_logs``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            body (TimeLogInput): A new or changed time log. Send `in` (and `out` once the work is
                done); for per-device pay add `devices`. The guide's `start` / `end` / `user_id` spelling
                is accepted as an alternative to `in` / `out`. Example: {'in': {'created': {'utc':
                '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}, 'out':
                {'created': {'utc': '2026-07-01T16:30:00Z', 'local': {'date': '2026-07-01', 'time':
                '11:30:00'}}}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import create_work_order_time_log as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, body=body, acting_user_id=acting_user_id),
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
    async def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        body: TimeLogInput | TimeLogInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Time Log.

        Corrects one time log: its check-in or check-out time, position or device count. Sending only
        `out` closes an open log. The answer is the updated work order.

        ``PUT /workorders/{work_order_id}/time_logs/{workorder_hours_id}``

        Args:
            work_order_id (int):
            workorder_hours_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (TimeLogInput): A new or changed time log. Send `in` (and `out` once the work is
                done); for per-device pay add `devices`. The guide's `start` / `end` / `user_id` spelling
                is accepted as an alternative to `in` / `out`. Example: {'in': {'created': {'utc':
                '2026-07-01T14:00:00Z', 'local': {'date': '2026-07-01', 'time': '09:00:00'}}}, 'out':
                {'created': {'utc': '2026-07-01T16:30:00Z', 'local': {'date': '2026-07-01', 'time':
                '11:30:00'}}}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import update_work_order_time_log as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                workorder_hours_id=workorder_hours_id,
                body=body,
                acting_user_id=acting_user_id,
                async_=async_,
            ),
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
    async def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order_time_log(
        self,
        work_order_id: int,
        workorder_hours_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Time Log.

        Removes one time log from the work order; the work order's total hours are recomputed. The
        answer is the updated work order.

        ``DELETE /workorders/{work_order_id}/time_logs/{workorder_hours_id}``

        Args:
            work_order_id (int):
            workorder_hours_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.time_logs import delete_work_order_time_log as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                workorder_hours_id=workorder_hours_id,
                acting_user_id=acting_user_id,
                async_=async_,
            ),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TimeLogsResourceWithRawResponse:
    """``TimeLogsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TimeLogsResource) -> None:
        self.list_work_order_time_logs = to_raw_response_wrapper(resource.list_work_order_time_logs)
        self.update_all_work_order_time_logs = to_raw_response_wrapper(
            resource.update_all_work_order_time_logs
        )
        self.create_work_order_time_log = to_raw_response_wrapper(resource.create_work_order_time_log)
        self.update_work_order_time_log = to_raw_response_wrapper(resource.update_work_order_time_log)
        self.delete_work_order_time_log = to_raw_response_wrapper(resource.delete_work_order_time_log)


class TimeLogsResourceWithStreamingResponse:
    """``TimeLogsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TimeLogsResource) -> None:
        self.list_work_order_time_logs = to_streamed_response_wrapper(resource.list_work_order_time_logs)
        self.update_all_work_order_time_logs = to_streamed_response_wrapper(
            resource.update_all_work_order_time_logs
        )
        self.create_work_order_time_log = to_streamed_response_wrapper(resource.create_work_order_time_log)
        self.update_work_order_time_log = to_streamed_response_wrapper(resource.update_work_order_time_log)
        self.delete_work_order_time_log = to_streamed_response_wrapper(resource.delete_work_order_time_log)


class AsyncTimeLogsResourceWithRawResponse:
    """``AsyncTimeLogsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTimeLogsResource) -> None:
        self.list_work_order_time_logs = async_to_raw_response_wrapper(resource.list_work_order_time_logs)
        self.update_all_work_order_time_logs = async_to_raw_response_wrapper(
            resource.update_all_work_order_time_logs
        )
        self.create_work_order_time_log = async_to_raw_response_wrapper(resource.create_work_order_time_log)
        self.update_work_order_time_log = async_to_raw_response_wrapper(resource.update_work_order_time_log)
        self.delete_work_order_time_log = async_to_raw_response_wrapper(resource.delete_work_order_time_log)


class AsyncTimeLogsResourceWithStreamingResponse:
    """``AsyncTimeLogsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTimeLogsResource) -> None:
        self.list_work_order_time_logs = async_to_streamed_response_wrapper(
            resource.list_work_order_time_logs
        )
        self.update_all_work_order_time_logs = async_to_streamed_response_wrapper(
            resource.update_all_work_order_time_logs
        )
        self.create_work_order_time_log = async_to_streamed_response_wrapper(
            resource.create_work_order_time_log
        )
        self.update_work_order_time_log = async_to_streamed_response_wrapper(
            resource.update_work_order_time_log
        )
        self.delete_work_order_time_log = async_to_streamed_response_wrapper(
            resource.delete_work_order_time_log
        )

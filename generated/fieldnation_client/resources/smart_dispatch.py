"""Smart dispatch: 1 operation, sync (``SmartDispatchResource``) and async (``AsyncSmartDispatchResource``)."""

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
    from ..models.smart_dispatch_request import SmartDispatchRequest, SmartDispatchRequestDict
    from ..models.smart_dispatch_result import SmartDispatchResult

    pass

__all__ = ["AsyncSmartDispatchResource", "SmartDispatchResource"]

Timeout = float | httpx.Timeout | None


class SmartDispatchResource(SyncResource):
    """Smart dispatch operations; reach them as ``client.smart_dispatch``."""

    @cached_property
    def with_raw_response(self) -> SmartDispatchResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return SmartDispatchResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SmartDispatchResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return SmartDispatchResourceWithStreamingResponse(self)

    def trigger_smart_dispatch(
        self,
        *,
        body: SmartDispatchRequest | SmartDispatchRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SmartDispatchResult:
        """Trigger Smart Dispatch.

        Runs Smart Dispatch now for one or more work orders: each is evaluated against the dispatch
        settings of its project and routed or assigned accordingly.

        ``POST /workorders/smart-dispatch``

        Args:
            body (SmartDispatchRequest): Body of the trigger request, the work orders to dispatch.
                Example: {'workOrders': [{'id': 1001}, {'id': 1002}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.smart_dispatch import trigger_smart_dispatch as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncSmartDispatchResource(AsyncResource):
    """Smart dispatch operations; reach them as ``async_client.smart_dispatch``."""

    @cached_property
    def with_raw_response(self) -> AsyncSmartDispatchResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncSmartDispatchResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSmartDispatchResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncSmartDispatchResourceWithStreamingResponse(self)

    async def trigger_smart_dispatch(
        self,
        *,
        body: SmartDispatchRequest | SmartDispatchRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SmartDispatchResult:
        """Trigger Smart Dispatch.

        Runs Smart Dispatch now for one or more work orders: each is evaluated against the dispatch
        settings of its project and routed or assigned accordingly.

        ``POST /workorders/smart-dispatch``

        Args:
            body (SmartDispatchRequest): Body of the trigger request, the work orders to dispatch.
                Example: {'workOrders': [{'id': 1001}, {'id': 1002}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.smart_dispatch import trigger_smart_dispatch as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class SmartDispatchResourceWithRawResponse:
    """``SmartDispatchResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: SmartDispatchResource) -> None:
        self.trigger_smart_dispatch = to_raw_response_wrapper(resource.trigger_smart_dispatch)


class SmartDispatchResourceWithStreamingResponse:
    """``SmartDispatchResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: SmartDispatchResource) -> None:
        self.trigger_smart_dispatch = to_streamed_response_wrapper(resource.trigger_smart_dispatch)


class AsyncSmartDispatchResourceWithRawResponse:
    """``AsyncSmartDispatchResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncSmartDispatchResource) -> None:
        self.trigger_smart_dispatch = async_to_raw_response_wrapper(resource.trigger_smart_dispatch)


class AsyncSmartDispatchResourceWithStreamingResponse:
    """``AsyncSmartDispatchResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncSmartDispatchResource) -> None:
        self.trigger_smart_dispatch = async_to_streamed_response_wrapper(resource.trigger_smart_dispatch)

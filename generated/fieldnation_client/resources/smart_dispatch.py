"""Smart dispatch: 1 operation, sync (``SmartDispatchResource``) and async (``AsyncSmartDispatchResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.smart_dispatch_request import SmartDispatchRequest
    from ..models.smart_dispatch_result import SmartDispatchResult

__all__ = ["AsyncSmartDispatchResource", "SmartDispatchResource"]

Timeout = float | httpx.Timeout | None


class SmartDispatchResource(SyncResource):
    """Smart dispatch operations; reach them as ``client.smart_dispatch``."""

    def trigger_smart_dispatch(
        self, *, body: SmartDispatchRequest, timeout: Timeout = None
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
        )


class AsyncSmartDispatchResource(AsyncResource):
    """Smart dispatch operations; reach them as ``async_client.smart_dispatch``."""

    async def trigger_smart_dispatch(
        self, *, body: SmartDispatchRequest, timeout: Timeout = None
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
        )

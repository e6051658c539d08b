"""Milestones: 1 operation, sync (``MilestonesResource``) and async (``AsyncMilestonesResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.milestones import Milestones

__all__ = ["AsyncMilestonesResource", "MilestonesResource"]

Timeout = float | httpx.Timeout | None


class MilestonesResource(SyncResource):
    """Milestones operations; reach them as ``client.milestones``."""

    def list_work_order_milestones(self, work_order_id: int, *, timeout: Timeout = None) -> Milestones:
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
        )


class AsyncMilestonesResource(AsyncResource):
    """Milestones operations; reach them as ``async_client.milestones``."""

    async def list_work_order_milestones(self, work_order_id: int, *, timeout: Timeout = None) -> Milestones:
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
        )

"""Penalties: 2 operations, sync (``PenaltiesResource``) and async (``AsyncPenaltiesResource``)."""

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_modifier_list import PayModifierList
    from ..models.penalty_input import PenaltyInput, PenaltyInputDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncPenaltiesResource", "PenaltiesResource"]

Timeout = float | httpx.Timeout | None


class PenaltiesResource(SyncResource):
    """Penalties operations; reach them as ``client.penalties``."""

    @cached_property
    def with_raw_response(self) -> PenaltiesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return PenaltiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PenaltiesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return PenaltiesResourceWithStreamingResponse(self)

    def list_work_order_penalties(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierList:
        """List Work Order Penalties.

        Returns the penalty lines of a work order: each company penalty applied to it, whether it has
        been charged, and the calculated deduction. The same list appears in the work order at
        `pay.penalties`.

        ``GET /workorders/{work_order_id}/penalties``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.penalties import list_work_order_penalties as _op  # loaded on first call

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

    def create_work_order_penalty(
        self,
        work_order_id: int,
        penalty_id: int,
        *,
        body: PenaltyInput | PenaltyInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Penalty.

        Applies one of the company's penalties (see `GET /penalties`) to a work order and returns the
        updated work order, the line in `pay.penalties.results` (first in the local sandbox, which lists
        lines newest first; Field Nation documents no order). The body is optional; `charged` deducts
        the penalty from the provider's pay at once.

        ``POST /workorders/{work_order_id}/penalties/{penalty_id}``

        Args:
            work_order_id (int):
            penalty_id (int):
            body (PenaltyInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/penalties/{penalty_id}`. The penalty itself comes from the
                company definition named by `penalty_id`. Example: {'charged': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.penalties import create_work_order_penalty as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, penalty_id=penalty_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPenaltiesResource(AsyncResource):
    """Penalties operations; reach them as ``async_client.penalties``."""

    @cached_property
    def with_raw_response(self) -> AsyncPenaltiesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncPenaltiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPenaltiesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncPenaltiesResourceWithStreamingResponse(self)

    async def list_work_order_penalties(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierList:
        """List Work Order Penalties.

        Returns the penalty lines of a work order: each company penalty applied to it, whether it has
        been charged, and the calculated deduction. The same list appears in the work order at
        `pay.penalties`.

        ``GET /workorders/{work_order_id}/penalties``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.penalties import list_work_order_penalties as _op  # loaded on first call

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

    async def create_work_order_penalty(
        self,
        work_order_id: int,
        penalty_id: int,
        *,
        body: PenaltyInput | PenaltyInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Penalty.

        Applies one of the company's penalties (see `GET /penalties`) to a work order and returns the
        updated work order, the line in `pay.penalties.results` (first in the local sandbox, which lists
        lines newest first; Field Nation documents no order). The body is optional; `charged` deducts
        the penalty from the provider's pay at once.

        ``POST /workorders/{work_order_id}/penalties/{penalty_id}``

        Args:
            work_order_id (int):
            penalty_id (int):
            body (PenaltyInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/penalties/{penalty_id}`. The penalty itself comes from the
                company definition named by `penalty_id`. Example: {'charged': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.penalties import create_work_order_penalty as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, penalty_id=penalty_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PenaltiesResourceWithRawResponse:
    """``PenaltiesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: PenaltiesResource) -> None:
        self.list_work_order_penalties = to_raw_response_wrapper(resource.list_work_order_penalties)
        self.create_work_order_penalty = to_raw_response_wrapper(resource.create_work_order_penalty)


class PenaltiesResourceWithStreamingResponse:
    """``PenaltiesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: PenaltiesResource) -> None:
        self.list_work_order_penalties = to_streamed_response_wrapper(resource.list_work_order_penalties)
        self.create_work_order_penalty = to_streamed_response_wrapper(resource.create_work_order_penalty)


class AsyncPenaltiesResourceWithRawResponse:
    """``AsyncPenaltiesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncPenaltiesResource) -> None:
        self.list_work_order_penalties = async_to_raw_response_wrapper(resource.list_work_order_penalties)
        self.create_work_order_penalty = async_to_raw_response_wrapper(resource.create_work_order_penalty)


class AsyncPenaltiesResourceWithStreamingResponse:
    """``AsyncPenaltiesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncPenaltiesResource) -> None:
        self.list_work_order_penalties = async_to_streamed_response_wrapper(
            resource.list_work_order_penalties
        )
        self.create_work_order_penalty = async_to_streamed_response_wrapper(
            resource.create_work_order_penalty
        )

"""Bonuses: 2 operations, sync (``BonusesResource``) and async (``AsyncBonusesResource``)."""

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
    from ..models.bonus_input import BonusInput, BonusInputDict
    from ..models.pay_modifier_list import PayModifierList
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncBonusesResource", "BonusesResource"]

Timeout = float | httpx.Timeout | None


class BonusesResource(SyncResource):
    """Bonuses operations; reach them as ``client.bonuses``."""

    @cached_property
    def with_raw_response(self) -> BonusesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return BonusesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BonusesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return BonusesResourceWithStreamingResponse(self)

    def list_work_order_bonuses(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierList:
        """List Work Order Bonuses.

        Returns the bonus lines of a work order: each company bonus applied to it, whether it has been
        charged, and the calculated amount. The same list appears in the work order at `pay.bonuses`.

        ``GET /workorders/{work_order_id}/bonuses``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import list_work_order_bonuses as _op  # loaded on first call

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

    def create_work_order_bonus(
        self,
        work_order_id: int,
        bonus_id: int,
        *,
        body: BonusInput | BonusInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Bonus.

        Applies one of the company's bonuses (see `GET /bonuses`) to a work order and returns the
        updated work order, the line in `pay.bonuses.results` (first in the local sandbox, which lists
        lines newest first; Field Nation documents no order). The body is optional; `charged` applies
        the bonus to the provider's pay at once.

        ``POST /workorders/{work_order_id}/bonuses/{bonus_id}``

        Args:
            work_order_id (int):
            bonus_id (int):
            body (BonusInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or
                percentage) comes from the company definition named by `bonus_id`. Example: {'charged':
                True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import create_work_order_bonus as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, bonus_id=bonus_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncBonusesResource(AsyncResource):
    """Bonuses operations; reach them as ``async_client.bonuses``."""

    @cached_property
    def with_raw_response(self) -> AsyncBonusesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncBonusesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBonusesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncBonusesResourceWithStreamingResponse(self)

    async def list_work_order_bonuses(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierList:
        """List Work Order Bonuses.

        Returns the bonus lines of a work order: each company bonus applied to it, whether it has been
        charged, and the calculated amount. The same list appears in the work order at `pay.bonuses`.

        ``GET /workorders/{work_order_id}/bonuses``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import list_work_order_bonuses as _op  # loaded on first call

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

    async def create_work_order_bonus(
        self,
        work_order_id: int,
        bonus_id: int,
        *,
        body: BonusInput | BonusInputDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder:
        """Create Work Order Bonus.

        Applies one of the company's bonuses (see `GET /bonuses`) to a work order and returns the
        updated work order, the line in `pay.bonuses.results` (first in the local sandbox, which lists
        lines newest first; Field Nation documents no order). The body is optional; `charged` applies
        the bonus to the provider's pay at once.

        ``POST /workorders/{work_order_id}/bonuses/{bonus_id}``

        Args:
            work_order_id (int):
            bonus_id (int):
            body (BonusInput | Unset): Optional body of `POST
                /workorders/{work_order_id}/bonuses/{bonus_id}`. The bonus itself (name, amount or
                percentage) comes from the company definition named by `bonus_id`. Example: {'charged':
                True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.bonuses import create_work_order_bonus as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, bonus_id=bonus_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class BonusesResourceWithRawResponse:
    """``BonusesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: BonusesResource) -> None:
        self.list_work_order_bonuses = to_raw_response_wrapper(resource.list_work_order_bonuses)
        self.create_work_order_bonus = to_raw_response_wrapper(resource.create_work_order_bonus)


class BonusesResourceWithStreamingResponse:
    """``BonusesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: BonusesResource) -> None:
        self.list_work_order_bonuses = to_streamed_response_wrapper(resource.list_work_order_bonuses)
        self.create_work_order_bonus = to_streamed_response_wrapper(resource.create_work_order_bonus)


class AsyncBonusesResourceWithRawResponse:
    """``AsyncBonusesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncBonusesResource) -> None:
        self.list_work_order_bonuses = async_to_raw_response_wrapper(resource.list_work_order_bonuses)
        self.create_work_order_bonus = async_to_raw_response_wrapper(resource.create_work_order_bonus)


class AsyncBonusesResourceWithStreamingResponse:
    """``AsyncBonusesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncBonusesResource) -> None:
        self.list_work_order_bonuses = async_to_streamed_response_wrapper(resource.list_work_order_bonuses)
        self.create_work_order_bonus = async_to_streamed_response_wrapper(resource.create_work_order_bonus)

"""Pay: 6 operations, sync (``PayResource``) and async (``AsyncPayResource``)."""

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
    from ..models.pay import Pay
    from ..models.pay_increase import PayIncrease
    from ..models.pay_increase_list import PayIncreaseList
    from ..models.pay_increase_update import PayIncreaseUpdate, PayIncreaseUpdateDict
    from ..models.pay_input import PayInput, PayInputDict
    from ..models.pay_modifier import PayModifier
    from ..models.pay_modifier_list import PayModifierList
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncPayResource", "PayResource"]

Timeout = float | httpx.Timeout | None


class PayResource(SyncResource):
    """Pay operations; reach them as ``client.pay``."""

    @cached_property
    def with_raw_response(self) -> PayResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return PayResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PayResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return PayResourceWithStreamingResponse(self)

    def get_work_order_pay(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay:
        """Get work order pay.

        Returns the work order's complete pay: the rate (type, base and additional amounts), fees and
        hold, computed totals, and the bonuses, penalties, discounts, increases and expenses that change
        it.

        ``GET /workorders/{work_order_id}/pay``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import get_work_order_pay as _op  # loaded on first call

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
    def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay: ...

    @overload
    def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay | AsyncJob: ...

    def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay | AsyncJob:
        """Update Work Order Pay.

        Changes the work order's pay rate: its type and the base and additional amounts. Fields left out
        keep their value; send both `base` and `additional` to clear a tier set before. Pay can be
        changed only until the work order reaches Work Done.

        ``PUT /workorders/{work_order_id}/pay``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (PayInput): Changes to a work order's pay rate. Only the fields sent are changed;
                send both `base` and `additional` to clear pay options set before (for example the second
                tier of blended pay). Example: {'type': 'blended', 'base': {'amount': 400, 'units': 2},
                'additional': {'amount': 25, 'units': 1}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import update_work_order_pay as _op  # loaded on first call

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

    def list_work_order_discounts(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierList:
        """List Work Order Discounts.

        Lists the discounts on the work order: reductions of the buyer's cost that leave the provider's
        pay unchanged, with their dollar total in `sum.all`.

        ``GET /workorders/{work_order_id}/discounts``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import list_work_order_discounts as _op  # loaded on first call

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

    def iter_work_order_discounts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[PayModifier]:
        """List Work Order Discounts: every item, across all pages.

        Lists the discounts on the work order: reductions of the buyer's cost that leave the provider's
        pay unchanged, with their dollar total in `sum.all`.

        ``GET /workorders/{work_order_id}/discounts``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> PayModifierList:
            return self.list_work_order_discounts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_discounts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[PayModifier, PayModifierList]:
        """The first page of ``list_work_order_discounts`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> PayModifierList:
            return self.list_work_order_discounts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def list_work_order_increases(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayIncreaseList:
        """List Work Order Increases.

        Lists the pay increases requested on the work order with the status of each (pending, accepted
        or denied) and the pay asked for. The local sandbox lists them newest first; Field Nation
        documents no order.

        ``GET /workorders/{work_order_id}/increases``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import list_work_order_increases as _op  # loaded on first call

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

    def iter_work_order_increases(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[PayIncrease]:
        """List Work Order Increases: every item, across all pages.

        Lists the pay increases requested on the work order with the status of each (pending, accepted
        or denied) and the pay asked for. The local sandbox lists them newest first; Field Nation
        documents no order.

        ``GET /workorders/{work_order_id}/increases``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> PayIncreaseList:
            return self.list_work_order_increases(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_work_order_increases(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[PayIncrease, PayIncreaseList]:
        """The first page of ``list_work_order_increases`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> PayIncreaseList:
            return self.list_work_order_increases(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def get_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayIncrease:
        """Get Work Order Increase.

        Returns one pay increase of the work order.

        ``GET /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import get_work_order_increase as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id, async_=async_),
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
    def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Pay Increase.

        Accepts or denies a pay increase (or edits it), with an optional note. Accepting it changes the
        work order's pay to the rate asked for. The answer is the full work order.

        ``PUT /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):
            async_ (bool | Unset):  Default: False.
            body (PayIncreaseUpdate): A decision on, or an edit of, a pay increase. Buyers normally
                send `status` (accept or deny) with an optional `status_description`. Example: {'id': 310,
                'status': 'accepted', 'status_description': 'Approved by dispatch'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import update_work_order_increase as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPayResource(AsyncResource):
    """Pay operations; reach them as ``async_client.pay``."""

    @cached_property
    def with_raw_response(self) -> AsyncPayResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncPayResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPayResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncPayResourceWithStreamingResponse(self)

    async def get_work_order_pay(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay:
        """Get work order pay.

        Returns the work order's complete pay: the rate (type, base and additional amounts), fees and
        hold, computed totals, and the bonuses, penalties, discounts, increases and expenses that change
        it.

        ``GET /workorders/{work_order_id}/pay``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import get_work_order_pay as _op  # loaded on first call

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
    async def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay: ...

    @overload
    async def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay | AsyncJob: ...

    async def update_work_order_pay(
        self,
        work_order_id: int,
        *,
        body: PayInput | PayInputDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Pay | AsyncJob:
        """Update Work Order Pay.

        Changes the work order's pay rate: its type and the base and additional amounts. Fields left out
        keep their value; send both `base` and `additional` to clear a tier set before. Pay can be
        changed only until the work order reaches Work Done.

        ``PUT /workorders/{work_order_id}/pay``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            body (PayInput): Changes to a work order's pay rate. Only the fields sent are changed;
                send both `base` and `additional` to clear pay options set before (for example the second
                tier of blended pay). Example: {'type': 'blended', 'base': {'amount': 400, 'units': 2},
                'additional': {'amount': 25, 'units': 1}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import update_work_order_pay as _op  # loaded on first call

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

    async def list_work_order_discounts(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayModifierList:
        """List Work Order Discounts.

        Lists the discounts on the work order: reductions of the buyer's cost that leave the provider's
        pay unchanged, with their dollar total in `sum.all`.

        ``GET /workorders/{work_order_id}/discounts``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import list_work_order_discounts as _op  # loaded on first call

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

    def iter_work_order_discounts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[PayModifier]:
        """List Work Order Discounts: every item, across all pages.

        Lists the discounts on the work order: reductions of the buyer's cost that leave the provider's
        pay unchanged, with their dollar total in `sum.all`.

        ``GET /workorders/{work_order_id}/discounts``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> PayModifierList:
            return await self.list_work_order_discounts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_discounts(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[PayModifier, PayModifierList]:
        """The first page of ``list_work_order_discounts`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> PayModifierList:
            return await self.list_work_order_discounts(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def list_work_order_increases(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayIncreaseList:
        """List Work Order Increases.

        Lists the pay increases requested on the work order with the status of each (pending, accepted
        or denied) and the pay asked for. The local sandbox lists them newest first; Field Nation
        documents no order.

        ``GET /workorders/{work_order_id}/increases``

        Args:
            work_order_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import list_work_order_increases as _op  # loaded on first call

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

    def iter_work_order_increases(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[PayIncrease]:
        """List Work Order Increases: every item, across all pages.

        Lists the pay increases requested on the work order with the status of each (pending, accepted
        or denied) and the pay asked for. The local sandbox lists them newest first; Field Nation
        documents no order.

        ``GET /workorders/{work_order_id}/increases``

        Args:
            work_order_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> PayIncreaseList:
            return await self.list_work_order_increases(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_work_order_increases(
        self,
        work_order_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[PayIncrease, PayIncreaseList]:
        """The first page of ``list_work_order_increases`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> PayIncreaseList:
            return await self.list_work_order_increases(
                work_order_id=work_order_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def get_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PayIncrease:
        """Get Work Order Increase.

        Returns one pay increase of the work order.

        ``GET /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import get_work_order_increase as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id, async_=async_),
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
    async def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_increase(
        self,
        work_order_id: int,
        increase_id: int,
        *,
        body: PayIncreaseUpdate | PayIncreaseUpdateDict,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Pay Increase.

        Accepts or denies a pay increase (or edits it), with an optional note. Accepting it changes the
        work order's pay to the rate asked for. The answer is the full work order.

        ``PUT /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):
            async_ (bool | Unset):  Default: False.
            body (PayIncreaseUpdate): A decision on, or an edit of, a pay increase. Buyers normally
                send `status` (accept or deny) with an optional `status_description`. Example: {'id': 310,
                'status': 'accepted', 'status_description': 'Approved by dispatch'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import update_work_order_increase as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id, body=body, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PayResourceWithRawResponse:
    """``PayResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: PayResource) -> None:
        self.get_work_order_pay = to_raw_response_wrapper(resource.get_work_order_pay)
        self.update_work_order_pay = to_raw_response_wrapper(resource.update_work_order_pay)
        self.list_work_order_discounts = to_raw_response_wrapper(resource.list_work_order_discounts)
        self.list_work_order_increases = to_raw_response_wrapper(resource.list_work_order_increases)
        self.get_work_order_increase = to_raw_response_wrapper(resource.get_work_order_increase)
        self.update_work_order_increase = to_raw_response_wrapper(resource.update_work_order_increase)


class PayResourceWithStreamingResponse:
    """``PayResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: PayResource) -> None:
        self.get_work_order_pay = to_streamed_response_wrapper(resource.get_work_order_pay)
        self.update_work_order_pay = to_streamed_response_wrapper(resource.update_work_order_pay)
        self.list_work_order_discounts = to_streamed_response_wrapper(resource.list_work_order_discounts)
        self.list_work_order_increases = to_streamed_response_wrapper(resource.list_work_order_increases)
        self.get_work_order_increase = to_streamed_response_wrapper(resource.get_work_order_increase)
        self.update_work_order_increase = to_streamed_response_wrapper(resource.update_work_order_increase)


class AsyncPayResourceWithRawResponse:
    """``AsyncPayResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncPayResource) -> None:
        self.get_work_order_pay = async_to_raw_response_wrapper(resource.get_work_order_pay)
        self.update_work_order_pay = async_to_raw_response_wrapper(resource.update_work_order_pay)
        self.list_work_order_discounts = async_to_raw_response_wrapper(resource.list_work_order_discounts)
        self.list_work_order_increases = async_to_raw_response_wrapper(resource.list_work_order_increases)
        self.get_work_order_increase = async_to_raw_response_wrapper(resource.get_work_order_increase)
        self.update_work_order_increase = async_to_raw_response_wrapper(resource.update_work_order_increase)


class AsyncPayResourceWithStreamingResponse:
    """``AsyncPayResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncPayResource) -> None:
        self.get_work_order_pay = async_to_streamed_response_wrapper(resource.get_work_order_pay)
        self.update_work_order_pay = async_to_streamed_response_wrapper(resource.update_work_order_pay)
        self.list_work_order_discounts = async_to_streamed_response_wrapper(
            resource.list_work_order_discounts
        )
        self.list_work_order_increases = async_to_streamed_response_wrapper(
            resource.list_work_order_increases
        )
        self.get_work_order_increase = async_to_streamed_response_wrapper(resource.get_work_order_increase)
        self.update_work_order_increase = async_to_streamed_response_wrapper(
            resource.update_work_order_increase
        )

"""Pay: 6 operations, sync (``PayResource``) and async (``AsyncPayResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay import Pay
    from ..models.pay_increase import PayIncrease
    from ..models.pay_increase_list import PayIncreaseList
    from ..models.pay_increase_update import PayIncreaseUpdate
    from ..models.pay_input import PayInput
    from ..models.pay_modifier import PayModifier
    from ..models.pay_modifier_list import PayModifierList
    from ..models.work_order import WorkOrder

__all__ = ["AsyncPayResource", "PayResource"]

Timeout = float | httpx.Timeout | None


class PayResource(SyncResource):
    """Pay operations; reach them as ``client.pay``."""

    def get_work_order_pay(
        self, work_order_id: int, *, acting_user_id: int | Unset = UNSET, timeout: Timeout = None
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
        )

    def update_work_order_pay(self, work_order_id: int, *, body: PayInput, timeout: Timeout = None) -> Pay:
        """Update Work Order Pay.

        Changes the work order's pay rate: its type and the base and additional amounts. Fields left out
        keep their value; send both `base` and `additional` to clear a tier set before. Pay can be
        changed only until the work order reaches Work Done.

        ``PUT /workorders/{work_order_id}/pay``

        Args:
            work_order_id (int):
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
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def list_work_order_discounts(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
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
        )

    def iter_work_order_discounts(
        self, work_order_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
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
                work_order_id=work_order_id, page=position, per_page=per_page, timeout=timeout
            )

        return iter_pages(fetch, "results")

    def list_work_order_increases(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        timeout: Timeout = None,
    ) -> PayIncreaseList:
        """List Work Order Increases.

        Lists the pay increases requested on the work order, newest first, with the status of each
        (pending, accepted or denied) and the pay asked for.

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
        )

    def iter_work_order_increases(
        self, work_order_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> Iterator[PayIncrease]:
        """List Work Order Increases: every item, across all pages.

        Lists the pay increases requested on the work order, newest first, with the status of each
        (pending, accepted or denied) and the pay asked for.

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
                work_order_id=work_order_id, page=position, per_page=per_page, timeout=timeout
            )

        return iter_pages(fetch, "results")

    def get_work_order_increase(
        self, work_order_id: int, increase_id: int, *, timeout: Timeout = None
    ) -> PayIncrease:
        """Get Work Order Increase.

        Returns one pay increase of the work order.

        ``GET /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import get_work_order_increase as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    def update_work_order_increase(
        self, work_order_id: int, increase_id: int, *, body: PayIncreaseUpdate, timeout: Timeout = None
    ) -> WorkOrder:
        """Update Work Order Pay Increase.

        Accepts or denies a pay increase (or edits it), with an optional note. Accepting it changes the
        work order's pay to the rate asked for. The answer is the full work order.

        ``PUT /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):
            body (PayIncreaseUpdate): A decision on, or an edit of, a pay increase. Buyers normally
                send `status` (accept or deny) with an optional `status_description`. Example: {'id': 310,
                'status': 'accepted', 'status_description': 'Approved by dispatch'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import update_work_order_increase as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncPayResource(AsyncResource):
    """Pay operations; reach them as ``async_client.pay``."""

    async def get_work_order_pay(
        self, work_order_id: int, *, acting_user_id: int | Unset = UNSET, timeout: Timeout = None
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
        )

    async def update_work_order_pay(
        self, work_order_id: int, *, body: PayInput, timeout: Timeout = None
    ) -> Pay:
        """Update Work Order Pay.

        Changes the work order's pay rate: its type and the base and additional amounts. Fields left out
        keep their value; send both `base` and `additional` to clear a tier set before. Pay can be
        changed only until the work order reaches Work Done.

        ``PUT /workorders/{work_order_id}/pay``

        Args:
            work_order_id (int):
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
            _op._get_kwargs(work_order_id=work_order_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def list_work_order_discounts(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
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
        )

    def iter_work_order_discounts(
        self, work_order_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
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
                work_order_id=work_order_id, page=position, per_page=per_page, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def list_work_order_increases(
        self,
        work_order_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        timeout: Timeout = None,
    ) -> PayIncreaseList:
        """List Work Order Increases.

        Lists the pay increases requested on the work order, newest first, with the status of each
        (pending, accepted or denied) and the pay asked for.

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
        )

    def iter_work_order_increases(
        self, work_order_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
    ) -> AsyncIterator[PayIncrease]:
        """List Work Order Increases: every item, across all pages.

        Lists the pay increases requested on the work order, newest first, with the status of each
        (pending, accepted or denied) and the pay asked for.

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
                work_order_id=work_order_id, page=position, per_page=per_page, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def get_work_order_increase(
        self, work_order_id: int, increase_id: int, *, timeout: Timeout = None
    ) -> PayIncrease:
        """Get Work Order Increase.

        Returns one pay increase of the work order.

        ``GET /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import get_work_order_increase as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

    async def update_work_order_increase(
        self, work_order_id: int, increase_id: int, *, body: PayIncreaseUpdate, timeout: Timeout = None
    ) -> WorkOrder:
        """Update Work Order Pay Increase.

        Accepts or denies a pay increase (or edits it), with an optional note. Accepting it changes the
        work order's pay to the rate asked for. The answer is the full work order.

        ``PUT /workorders/{work_order_id}/increases/{increase_id}``

        Args:
            work_order_id (int):
            increase_id (int):
            body (PayIncreaseUpdate): A decision on, or an edit of, a pay increase. Buyers normally
                send `status` (accept or deny) with an optional `status_description`. Example: {'id': 310,
                'status': 'accepted', 'status_description': 'Approved by dispatch'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.pay import update_work_order_increase as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, increase_id=increase_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

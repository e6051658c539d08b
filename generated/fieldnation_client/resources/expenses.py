"""Expenses: 3 operations, sync (``ExpensesResource``) and async (``AsyncExpensesResource``)."""

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
    from ..models.expense_input import ExpenseInput, ExpenseInputDict
    from ..models.expense_list import ExpenseList
    from ..models.expense_update import ExpenseUpdate, ExpenseUpdateDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncExpensesResource", "ExpensesResource"]

Timeout = float | httpx.Timeout | None


class ExpensesResource(SyncResource):
    """Expenses operations; reach them as ``client.expenses``."""

    @cached_property
    def with_raw_response(self) -> ExpensesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ExpensesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExpensesResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ExpensesResourceWithStreamingResponse(self)

    def list_work_order_expenses(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ExpenseList:
        """List Work Order Expenses.

        Returns the expense lines recorded on a work order with their review state and the totals by
        state. The same list appears in the work order at `pay.expenses`.

        ``GET /workorders/{work_order_id}/expenses``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.expenses import list_work_order_expenses as _op  # loaded on first call

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
    def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Expense.

        Records an expense on a work order, either in a system category or from one of the company's
        pre-defined expenses, and returns the updated work order with the new line first in
        `pay.expenses.results` (the local sandbox's order, x-sandbox; Field Nation does not document the
        order).

        ``POST /workorders/{work_order_id}/expenses``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (ExpenseInput): Body of `POST /workorders/{work_order_id}/expenses`. Example:
                {'category': {'uid': 1, 'id': 10}, 'description': 'Cat6 cable, 50 ft', 'amount': '50.00',
                'quantity': 1}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.expenses import create_work_order_expense as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, async_=async_, acting_user_id=acting_user_id
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
    def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Expense.

        Edits one expense line, or approves or denies it by setting `status` (with the reason in
        `status_description`), and returns the updated work order.

        ``PUT /workorders/{work_order_id}/expenses/{expense_id}``

        Args:
            work_order_id (int):
            expense_id (int | str):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (ExpenseUpdate): Body of `PUT /workorders/{work_order_id}/expenses/{expense_id}`:
                change an expense, or approve or deny it with `status`. Only the fields sent are changed.
                Example: {'status': 'disapproved', 'status_description': 'Materials were supplied by the
                store.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.expenses import update_work_order_expense as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                expense_id=expense_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
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


class AsyncExpensesResource(AsyncResource):
    """Expenses operations; reach them as ``async_client.expenses``."""

    @cached_property
    def with_raw_response(self) -> AsyncExpensesResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncExpensesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExpensesResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncExpensesResourceWithStreamingResponse(self)

    async def list_work_order_expenses(
        self,
        work_order_id: int,
        *,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ExpenseList:
        """List Work Order Expenses.

        Returns the expense lines recorded on a work order with their review state and the totals by
        state. The same list appears in the work order at `pay.expenses`.

        ``GET /workorders/{work_order_id}/expenses``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.expenses import list_work_order_expenses as _op  # loaded on first call

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
    async def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order_expense(
        self,
        work_order_id: int,
        *,
        body: ExpenseInput | ExpenseInputDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Expense.

        Records an expense on a work order, either in a system category or from one of the company's
        pre-defined expenses, and returns the updated work order with the new line first in
        `pay.expenses.results` (the local sandbox's order, x-sandbox; Field Nation does not document the
        order).

        ``POST /workorders/{work_order_id}/expenses``

        Args:
            work_order_id (int):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (ExpenseInput): Body of `POST /workorders/{work_order_id}/expenses`. Example:
                {'category': {'uid': 1, 'id': 10}, 'description': 'Cat6 cable, 50 ft', 'amount': '50.00',
                'quantity': 1}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.expenses import create_work_order_expense as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id, body=body, async_=async_, acting_user_id=acting_user_id
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
    async def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: Literal[False] | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: Literal[True],
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_expense(
        self,
        work_order_id: int,
        expense_id: int | str,
        *,
        body: ExpenseUpdate | ExpenseUpdateDict,
        async_: bool | Unset = False,
        acting_user_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Expense.

        Edits one expense line, or approves or denies it by setting `status` (with the reason in
        `status_description`), and returns the updated work order.

        ``PUT /workorders/{work_order_id}/expenses/{expense_id}``

        Args:
            work_order_id (int):
            expense_id (int | str):
            async_ (bool | Unset):  Default: False.
            acting_user_id (int | Unset):
            body (ExpenseUpdate): Body of `PUT /workorders/{work_order_id}/expenses/{expense_id}`:
                change an expense, or approve or deny it with `status`. Only the fields sent are changed.
                Example: {'status': 'disapproved', 'status_description': 'Materials were supplied by the
                store.'}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.expenses import update_work_order_expense as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                expense_id=expense_id,
                body=body,
                async_=async_,
                acting_user_id=acting_user_id,
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


class ExpensesResourceWithRawResponse:
    """``ExpensesResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ExpensesResource) -> None:
        self.list_work_order_expenses = to_raw_response_wrapper(resource.list_work_order_expenses)
        self.create_work_order_expense = to_raw_response_wrapper(resource.create_work_order_expense)
        self.update_work_order_expense = to_raw_response_wrapper(resource.update_work_order_expense)


class ExpensesResourceWithStreamingResponse:
    """``ExpensesResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ExpensesResource) -> None:
        self.list_work_order_expenses = to_streamed_response_wrapper(resource.list_work_order_expenses)
        self.create_work_order_expense = to_streamed_response_wrapper(resource.create_work_order_expense)
        self.update_work_order_expense = to_streamed_response_wrapper(resource.update_work_order_expense)


class AsyncExpensesResourceWithRawResponse:
    """``AsyncExpensesResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncExpensesResource) -> None:
        self.list_work_order_expenses = async_to_raw_response_wrapper(resource.list_work_order_expenses)
        self.create_work_order_expense = async_to_raw_response_wrapper(resource.create_work_order_expense)
        self.update_work_order_expense = async_to_raw_response_wrapper(resource.update_work_order_expense)


class AsyncExpensesResourceWithStreamingResponse:
    """``AsyncExpensesResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncExpensesResource) -> None:
        self.list_work_order_expenses = async_to_streamed_response_wrapper(resource.list_work_order_expenses)
        self.create_work_order_expense = async_to_streamed_response_wrapper(
            resource.create_work_order_expense
        )
        self.update_work_order_expense = async_to_streamed_response_wrapper(
            resource.update_work_order_expense
        )

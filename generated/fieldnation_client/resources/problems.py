"""Problems: 4 operations, sync (``ProblemsResource``) and async (``AsyncProblemsResource``)."""

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
    from ..models.problem_input import ProblemInput, ProblemInputDict
    from ..models.problem_list import ProblemList
    from ..models.problem_update import ProblemUpdate, ProblemUpdateDict
    from ..models.work_order import WorkOrder

    pass

__all__ = ["AsyncProblemsResource", "ProblemsResource"]

Timeout = float | httpx.Timeout | None


class ProblemsResource(SyncResource):
    """Problems operations; reach them as ``client.problems``."""

    @cached_property
    def with_raw_response(self) -> ProblemsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return ProblemsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProblemsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return ProblemsResourceWithStreamingResponse(self)

    def list_work_order_problems(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProblemList:
        """List Work Order Problems.

        Returns the problems reported on a work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), with counts of open and resolved problems and the
        problem types the caller may report.

        ``GET /workorders/{work_order_id}/problems``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import list_work_order_problems as _op  # loaded on first call

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

    @overload
    def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Problem.

        Reports a problem on the work order, optionally notifying support or the provider. Not possible
        while the work order is a draft. The answer is the whole work order; the new problem is the
        first entry of `problems.results` (the local sandbox's order, x-sandbox; Field Nation does not
        document the order).

        ``POST /workorders/{work_order_id}/problems``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ProblemInput): Body of `POST /workorders/{work_order_id}/problems`. Example:
                {'type': {'id': 31}, 'comments': 'Technician is unable to access the site.',
                'support_can_resolve': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import create_work_order_problem as _op  # loaded on first call

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

    @overload
    def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Problem.

        Resolves or reopens a problem, or corrects its type and comments. Answers the updated work
        order.

        ``PUT /workorders/{work_order_id}/problems/{problem_id}``

        Args:
            work_order_id (int):
            problem_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ProblemUpdate): Body of `PUT /workorders/{work_order_id}/problems/{problem_id}`:
                resolve or reopen a problem, or correct its type and comments. Example: {'resolution':
                {'status': 'resolved'}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import update_work_order_problem as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                problem_id=problem_id,
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
    def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Problem.

        Deletes a problem record from the work order and answers the updated work order.

        ``DELETE /workorders/{work_order_id}/problems/{problem_id}``

        Args:
            work_order_id (int):
            problem_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import delete_work_order_problem as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, problem_id=problem_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncProblemsResource(AsyncResource):
    """Problems operations; reach them as ``async_client.problems``."""

    @cached_property
    def with_raw_response(self) -> AsyncProblemsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncProblemsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProblemsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncProblemsResourceWithStreamingResponse(self)

    async def list_work_order_problems(
        self,
        work_order_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ProblemList:
        """List Work Order Problems.

        Returns the problems reported on a work order (newest first in the local sandbox, x-sandbox;
        Field Nation does not document the order), with counts of open and resolved problems and the
        problem types the caller may report.

        ``GET /workorders/{work_order_id}/problems``

        Args:
            work_order_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import list_work_order_problems as _op  # loaded on first call

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

    @overload
    async def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def create_work_order_problem(
        self,
        work_order_id: int,
        *,
        body: ProblemInput | ProblemInputDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Create Work Order Problem.

        Reports a problem on the work order, optionally notifying support or the provider. Not possible
        while the work order is a draft. The answer is the whole work order; the new problem is the
        first entry of `problems.results` (the local sandbox's order, x-sandbox; Field Nation does not
        document the order).

        ``POST /workorders/{work_order_id}/problems``

        Args:
            work_order_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ProblemInput): Body of `POST /workorders/{work_order_id}/problems`. Example:
                {'type': {'id': 31}, 'comments': 'Technician is unable to access the site.',
                'support_can_resolve': True}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import create_work_order_problem as _op  # loaded on first call

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

    @overload
    async def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def update_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        body: ProblemUpdate | ProblemUpdateDict,
        acting_user_id: int | Unset = UNSET,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Update Work Order Problem.

        Resolves or reopens a problem, or corrects its type and comments. Answers the updated work
        order.

        ``PUT /workorders/{work_order_id}/problems/{problem_id}``

        Args:
            work_order_id (int):
            problem_id (int):
            acting_user_id (int | Unset):
            async_ (bool | Unset):  Default: False.
            body (ProblemUpdate): Body of `PUT /workorders/{work_order_id}/problems/{problem_id}`:
                resolve or reopen a problem, or correct its type and comments. Example: {'resolution':
                {'status': 'resolved'}}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import update_work_order_problem as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(
                work_order_id=work_order_id,
                problem_id=problem_id,
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
    async def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: Literal[False] | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder: ...

    @overload
    async def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: Literal[True],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncJob: ...

    @overload
    async def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob: ...

    async def delete_work_order_problem(
        self,
        work_order_id: int,
        problem_id: int,
        *,
        async_: bool | Unset = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> WorkOrder | AsyncJob:
        """Delete Work Order Problem.

        Deletes a problem record from the work order and answers the updated work order.

        ``DELETE /workorders/{work_order_id}/problems/{problem_id}``

        Args:
            work_order_id (int):
            problem_id (int):
            async_ (bool | Unset):  Default: False.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.problems import delete_work_order_problem as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(work_order_id=work_order_id, problem_id=problem_id, async_=async_),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ProblemsResourceWithRawResponse:
    """``ProblemsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: ProblemsResource) -> None:
        self.list_work_order_problems = to_raw_response_wrapper(resource.list_work_order_problems)
        self.create_work_order_problem = to_raw_response_wrapper(resource.create_work_order_problem)
        self.update_work_order_problem = to_raw_response_wrapper(resource.update_work_order_problem)
        self.delete_work_order_problem = to_raw_response_wrapper(resource.delete_work_order_problem)


class ProblemsResourceWithStreamingResponse:
    """``ProblemsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: ProblemsResource) -> None:
        self.list_work_order_problems = to_streamed_response_wrapper(resource.list_work_order_problems)
        self.create_work_order_problem = to_streamed_response_wrapper(resource.create_work_order_problem)
        self.update_work_order_problem = to_streamed_response_wrapper(resource.update_work_order_problem)
        self.delete_work_order_problem = to_streamed_response_wrapper(resource.delete_work_order_problem)


class AsyncProblemsResourceWithRawResponse:
    """``AsyncProblemsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncProblemsResource) -> None:
        self.list_work_order_problems = async_to_raw_response_wrapper(resource.list_work_order_problems)
        self.create_work_order_problem = async_to_raw_response_wrapper(resource.create_work_order_problem)
        self.update_work_order_problem = async_to_raw_response_wrapper(resource.update_work_order_problem)
        self.delete_work_order_problem = async_to_raw_response_wrapper(resource.delete_work_order_problem)


class AsyncProblemsResourceWithStreamingResponse:
    """``AsyncProblemsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncProblemsResource) -> None:
        self.list_work_order_problems = async_to_streamed_response_wrapper(resource.list_work_order_problems)
        self.create_work_order_problem = async_to_streamed_response_wrapper(
            resource.create_work_order_problem
        )
        self.update_work_order_problem = async_to_streamed_response_wrapper(
            resource.update_work_order_problem
        )
        self.delete_work_order_problem = async_to_streamed_response_wrapper(
            resource.delete_work_order_problem
        )

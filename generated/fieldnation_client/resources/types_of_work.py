"""Types of work: 1 operation, sync (``TypesOfWorkResource``) and async (``AsyncTypesOfWorkResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import Unset

if TYPE_CHECKING:
    from ..models.type_of_work import TypeOfWork
    from ..models.type_of_work_list import TypeOfWorkList

    pass

__all__ = ["AsyncTypesOfWorkResource", "TypesOfWorkResource"]

Timeout = float | httpx.Timeout | None


class TypesOfWorkResource(SyncResource):
    """Types of work operations; reach them as ``client.types_of_work``."""

    @cached_property
    def with_raw_response(self) -> TypesOfWorkResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TypesOfWorkResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TypesOfWorkResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TypesOfWorkResourceWithStreamingResponse(self)

    def list_types_of_work(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TypeOfWorkList:
        """Get types of work.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.types_of_work import list_types_of_work as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_types_of_work(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[TypeOfWork]:
        """Get types of work: every item, across all pages.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> TypeOfWorkList:
            return self.list_types_of_work(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_types_of_work(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[TypeOfWork, TypeOfWorkList]:
        """The first page of ``list_types_of_work`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> TypeOfWorkList:
            return self.list_types_of_work(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")


class AsyncTypesOfWorkResource(AsyncResource):
    """Types of work operations; reach them as ``async_client.types_of_work``."""

    @cached_property
    def with_raw_response(self) -> AsyncTypesOfWorkResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTypesOfWorkResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTypesOfWorkResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTypesOfWorkResourceWithStreamingResponse(self)

    async def list_types_of_work(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> TypeOfWorkList:
        """Get types of work.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.types_of_work import list_types_of_work as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_types_of_work(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[TypeOfWork]:
        """Get types of work: every item, across all pages.

        Lists the types of work a work order can be classified under, each with the industry (service
        category) it belongs to. Use an `id` from here for a work order's `type_of_work` and to look up
        service types.

        ``GET /types-of-work``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> TypeOfWorkList:
            return await self.list_types_of_work(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_types_of_work(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[TypeOfWork, TypeOfWorkList]:
        """The first page of ``list_types_of_work`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> TypeOfWorkList:
            return await self.list_types_of_work(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")


class TypesOfWorkResourceWithRawResponse:
    """``TypesOfWorkResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TypesOfWorkResource) -> None:
        self.list_types_of_work = to_raw_response_wrapper(resource.list_types_of_work)


class TypesOfWorkResourceWithStreamingResponse:
    """``TypesOfWorkResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TypesOfWorkResource) -> None:
        self.list_types_of_work = to_streamed_response_wrapper(resource.list_types_of_work)


class AsyncTypesOfWorkResourceWithRawResponse:
    """``AsyncTypesOfWorkResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTypesOfWorkResource) -> None:
        self.list_types_of_work = async_to_raw_response_wrapper(resource.list_types_of_work)


class AsyncTypesOfWorkResourceWithStreamingResponse:
    """``AsyncTypesOfWorkResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTypesOfWorkResource) -> None:
        self.list_types_of_work = async_to_streamed_response_wrapper(resource.list_types_of_work)

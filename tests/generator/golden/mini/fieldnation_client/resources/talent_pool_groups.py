"""Talent pool groups: 1 operation, sync (``TalentPoolGroupsResource``) and async (``AsyncTalentPoolGroupsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._pagination import AsyncPage, SyncPage, aiter_cursor, iter_cursor
from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_talent_pool_groups_response_200 import ListTalentPoolGroupsResponse200
    from ..models.talent_pool_group import TalentPoolGroup

    pass

__all__ = ["AsyncTalentPoolGroupsResource", "TalentPoolGroupsResource"]

Timeout = float | httpx.Timeout | None


class TalentPoolGroupsResource(SyncResource):
    """Talent pool groups operations; reach them as ``client.talent_pool_groups``."""

    @cached_property
    def with_raw_response(self) -> TalentPoolGroupsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return TalentPoolGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TalentPoolGroupsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return TalentPoolGroupsResourceWithStreamingResponse(self)

    def list_talent_pool_groups(
        self,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ListTalentPoolGroupsResponse200:
        """List Talent Pool Groups.

        Cursor-paginated groups.

        ``GET /talent-pool-groups``

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import list_talent_pool_groups as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(limit=limit, cursor=cursor),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_talent_pool_groups(
        self,
        *,
        limit: int | Unset = 20,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[TalentPoolGroup]:
        """List Talent Pool Groups: every item, across all pages.

        Cursor-paginated groups.

        ``GET /talent-pool-groups``

        Args:
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: str | None) -> ListTalentPoolGroupsResponse200:
            return self.list_talent_pool_groups(
                limit=limit,
                cursor=UNSET if position is None else position,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_cursor(fetch, "data")

    def page_talent_pool_groups(
        self,
        *,
        limit: int | Unset = 20,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[TalentPoolGroup, ListTalentPoolGroupsResponse200]:
        """The first page of ``list_talent_pool_groups`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: str | None) -> ListTalentPoolGroupsResponse200:
            return self.list_talent_pool_groups(
                limit=limit,
                cursor=UNSET if position is None else position,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "data", "cursor")


class AsyncTalentPoolGroupsResource(AsyncResource):
    """Talent pool groups operations; reach them as ``async_client.talent_pool_groups``."""

    @cached_property
    def with_raw_response(self) -> AsyncTalentPoolGroupsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncTalentPoolGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTalentPoolGroupsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncTalentPoolGroupsResourceWithStreamingResponse(self)

    async def list_talent_pool_groups(
        self,
        *,
        limit: int | Unset = 20,
        cursor: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> ListTalentPoolGroupsResponse200:
        """List Talent Pool Groups.

        Cursor-paginated groups.

        ``GET /talent-pool-groups``

        Args:
            limit (int | Unset):  Default: 20.
            cursor (str | Unset):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.talent_pool_groups import list_talent_pool_groups as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(limit=limit, cursor=cursor),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_talent_pool_groups(
        self,
        *,
        limit: int | Unset = 20,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[TalentPoolGroup]:
        """List Talent Pool Groups: every item, across all pages.

        Cursor-paginated groups.

        ``GET /talent-pool-groups``

        Args:
            limit (int | Unset):  Default: 20.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: str | None) -> ListTalentPoolGroupsResponse200:
            return await self.list_talent_pool_groups(
                limit=limit,
                cursor=UNSET if position is None else position,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_cursor(fetch, "data")

    async def page_talent_pool_groups(
        self,
        *,
        limit: int | Unset = 20,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[TalentPoolGroup, ListTalentPoolGroupsResponse200]:
        """The first page of ``list_talent_pool_groups`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: str | None) -> ListTalentPoolGroupsResponse200:
            return await self.list_talent_pool_groups(
                limit=limit,
                cursor=UNSET if position is None else position,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "data", "cursor")


class TalentPoolGroupsResourceWithRawResponse:
    """``TalentPoolGroupsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: TalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = to_raw_response_wrapper(resource.list_talent_pool_groups)


class TalentPoolGroupsResourceWithStreamingResponse:
    """``TalentPoolGroupsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: TalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = to_streamed_response_wrapper(resource.list_talent_pool_groups)


class AsyncTalentPoolGroupsResourceWithRawResponse:
    """``AsyncTalentPoolGroupsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncTalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = async_to_raw_response_wrapper(resource.list_talent_pool_groups)


class AsyncTalentPoolGroupsResourceWithStreamingResponse:
    """``AsyncTalentPoolGroupsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncTalentPoolGroupsResource) -> None:
        self.list_talent_pool_groups = async_to_streamed_response_wrapper(resource.list_talent_pool_groups)

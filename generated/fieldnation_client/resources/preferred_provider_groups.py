"""Preferred provider groups: 6 operations, sync (``PreferredProviderGroupsResource``) and async (``AsyncPreferredProviderGroupsResource``)."""

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
    from ..models.preferred_provider_group import PreferredProviderGroup
    from ..models.preferred_provider_group_list import PreferredProviderGroupList
    from ..models.preferred_provider_group_provider_ids import PreferredProviderGroupProviderIds
    from ..models.preferred_provider_group_user_list import PreferredProviderGroupUserList
    from ..models.preferred_provider_group_users_input import (
        PreferredProviderGroupUsersInput,
        PreferredProviderGroupUsersInputDict,
    )
    from ..models.user import User

    pass

__all__ = ["AsyncPreferredProviderGroupsResource", "PreferredProviderGroupsResource"]

Timeout = float | httpx.Timeout | None


class PreferredProviderGroupsResource(SyncResource):
    """Preferred provider groups operations; reach them as ``client.preferred_provider_groups``."""

    @cached_property
    def with_raw_response(self) -> PreferredProviderGroupsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return PreferredProviderGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PreferredProviderGroupsResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return PreferredProviderGroupsResourceWithStreamingResponse(self)

    def list_preferred_provider_groups(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroupList:
        """List Talent Pool Groups.

        Lists the company's preferred provider groups (talent pool groups of the first generation) with
        the number of providers in each. The built-in group 99999999 ("Uncategorized") holds preferred
        providers not placed in any group.

        ``GET /preferred-provider-groups``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            list_preferred_provider_groups as _op,  # loaded on first call
        )

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

    def iter_preferred_provider_groups(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[PreferredProviderGroup]:
        """List Talent Pool Groups: every item, across all pages.

        Lists the company's preferred provider groups (talent pool groups of the first generation) with
        the number of providers in each. The built-in group 99999999 ("Uncategorized") holds preferred
        providers not placed in any group.

        ``GET /preferred-provider-groups``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> PreferredProviderGroupList:
            return self.list_preferred_provider_groups(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_preferred_provider_groups(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[PreferredProviderGroup, PreferredProviderGroupList]:
        """The first page of ``list_preferred_provider_groups`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> PreferredProviderGroupList:
            return self.list_preferred_provider_groups(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def get_preferred_provider_group(
        self,
        group_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroup:
        """Get Talent Pool Group Details.

        Reads one preferred provider group (talent pool group of the first generation).

        ``GET /preferred-provider-groups/{group_id}``

        Args:
            group_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            get_preferred_provider_group as _op,  # loaded on first call
        )

        return self._client.request(
            _op._get_kwargs(group_id=group_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroupUserList:
        """List Talent Pool Group Users.

        Lists the providers in a preferred provider group, one page at a time.

        ``GET /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            list_preferred_provider_group_users as _op,  # loaded on first call
        )

        return self._client.request(
            _op._get_kwargs(group_id=group_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Iterator[User]:
        """List Talent Pool Group Users: every item, across all pages.

        Lists the providers in a preferred provider group, one page at a time.

        ``GET /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        def fetch(position: int) -> PreferredProviderGroupUserList:
            return self.list_preferred_provider_group_users(
                group_id=group_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return iter_pages(fetch, "results")

    def page_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> SyncPage[User, PreferredProviderGroupUserList]:
        """The first page of ``list_preferred_provider_group_users`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        def fetch(position: int) -> PreferredProviderGroupUserList:
            return self.list_preferred_provider_group_users(
                group_id=group_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return SyncPage.first(fetch, "results", "page")

    def add_preferred_provider_group_user(
        self,
        group_id: int,
        *,
        body: PreferredProviderGroupUsersInput | PreferredProviderGroupUsersInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroup:
        """Add Provider to Talent Pool Group.

        Adds a provider (or several) to a preferred provider group and answers the group with its new
        provider count.

        ``POST /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            body (PreferredProviderGroupUsersInput): Providers to add to, or remove from, a preferred
                provider group: either `users`, a list of user references, or `user`, a single one.
                Example: {'users': [{'id': 9001}, {'id': 9002}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            add_preferred_provider_group_user as _op,  # loaded on first call
        )

        return self._client.request(
            _op._get_kwargs(group_id=group_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def remove_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        body: PreferredProviderGroupUsersInput | PreferredProviderGroupUsersInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroup:
        """Remove Providers from Talent Pool Group.

        Removes one or more providers from a preferred provider group and answers the group with its new
        provider count.

        ``DELETE /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            body (PreferredProviderGroupUsersInput): Providers to add to, or remove from, a preferred
                provider group: either `users`, a list of user references, or `user`, a single one.
                Example: {'users': [{'id': 9001}, {'id': 9002}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            remove_preferred_provider_group_users as _op,  # loaded on first call
        )

        return self._client.request(
            _op._get_kwargs(group_id=group_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_preferred_provider_group_provider_ids(
        self,
        group_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroupProviderIds:
        """List Provider IDs by Group.

        Lists the ids of every provider in a preferred provider group in one answer, without the profile
        details of the members list; handy for routing or syncing membership.

        ``GET /preferred-provider-groups/{group_id}/provider-ids``

        Args:
            group_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            list_preferred_provider_group_provider_ids as _op,  # loaded on first call
        )

        return self._client.request(
            _op._get_kwargs(group_id=group_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPreferredProviderGroupsResource(AsyncResource):
    """Preferred provider groups operations; reach them as ``async_client.preferred_provider_groups``."""

    @cached_property
    def with_raw_response(self) -> AsyncPreferredProviderGroupsResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncPreferredProviderGroupsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPreferredProviderGroupsResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncPreferredProviderGroupsResourceWithStreamingResponse(self)

    async def list_preferred_provider_groups(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroupList:
        """List Talent Pool Groups.

        Lists the company's preferred provider groups (talent pool groups of the first generation) with
        the number of providers in each. The built-in group 99999999 ("Uncategorized") holds preferred
        providers not placed in any group.

        ``GET /preferred-provider-groups``

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            list_preferred_provider_groups as _op,  # loaded on first call
        )

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

    def iter_preferred_provider_groups(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[PreferredProviderGroup]:
        """List Talent Pool Groups: every item, across all pages.

        Lists the company's preferred provider groups (talent pool groups of the first generation) with
        the number of providers in each. The built-in group 99999999 ("Uncategorized") holds preferred
        providers not placed in any group.

        ``GET /preferred-provider-groups``

        Args:
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> PreferredProviderGroupList:
            return await self.list_preferred_provider_groups(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_preferred_provider_groups(
        self,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[PreferredProviderGroup, PreferredProviderGroupList]:
        """The first page of ``list_preferred_provider_groups`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> PreferredProviderGroupList:
            return await self.list_preferred_provider_groups(
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def get_preferred_provider_group(
        self,
        group_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroup:
        """Get Talent Pool Group Details.

        Reads one preferred provider group (talent pool group of the first generation).

        ``GET /preferred-provider-groups/{group_id}``

        Args:
            group_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            get_preferred_provider_group as _op,  # loaded on first call
        )

        return await self._client.request(
            _op._get_kwargs(group_id=group_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroupUserList:
        """List Talent Pool Group Users.

        Lists the providers in a preferred provider group, one page at a time.

        ``GET /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            list_preferred_provider_group_users as _op,  # loaded on first call
        )

        return await self._client.request(
            _op._get_kwargs(group_id=group_id, page=page, per_page=per_page),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def iter_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncIterator[User]:
        """List Talent Pool Group Users: every item, across all pages.

        Lists the providers in a preferred provider group, one page at a time.

        ``GET /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            per_page (int | Unset):  Default: 25.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        async def fetch(position: int) -> PreferredProviderGroupUserList:
            return await self.list_preferred_provider_group_users(
                group_id=group_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return aiter_pages(fetch, "results")

    async def page_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        per_page: int | Unset = 25,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> AsyncPage[User, PreferredProviderGroupUserList]:
        """The first page of ``list_preferred_provider_group_users`` as a page object: ``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item of every page."""

        async def fetch(position: int) -> PreferredProviderGroupUserList:
            return await self.list_preferred_provider_group_users(
                group_id=group_id,
                page=position,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        return await AsyncPage.first(fetch, "results", "page")

    async def add_preferred_provider_group_user(
        self,
        group_id: int,
        *,
        body: PreferredProviderGroupUsersInput | PreferredProviderGroupUsersInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroup:
        """Add Provider to Talent Pool Group.

        Adds a provider (or several) to a preferred provider group and answers the group with its new
        provider count.

        ``POST /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            body (PreferredProviderGroupUsersInput): Providers to add to, or remove from, a preferred
                provider group: either `users`, a list of user references, or `user`, a single one.
                Example: {'users': [{'id': 9001}, {'id': 9002}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            add_preferred_provider_group_user as _op,  # loaded on first call
        )

        return await self._client.request(
            _op._get_kwargs(group_id=group_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def remove_preferred_provider_group_users(
        self,
        group_id: int,
        *,
        body: PreferredProviderGroupUsersInput | PreferredProviderGroupUsersInputDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroup:
        """Remove Providers from Talent Pool Group.

        Removes one or more providers from a preferred provider group and answers the group with its new
        provider count.

        ``DELETE /preferred-provider-groups/{group_id}/users``

        Args:
            group_id (int):
            body (PreferredProviderGroupUsersInput): Providers to add to, or remove from, a preferred
                provider group: either `users`, a list of user references, or `user`, a single one.
                Example: {'users': [{'id': 9001}, {'id': 9002}]}.

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            remove_preferred_provider_group_users as _op,  # loaded on first call
        )

        return await self._client.request(
            _op._get_kwargs(group_id=group_id, body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_preferred_provider_group_provider_ids(
        self,
        group_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> PreferredProviderGroupProviderIds:
        """List Provider IDs by Group.

        Lists the ids of every provider in a preferred provider group in one answer, without the profile
        details of the members list; handy for routing or syncing membership.

        ``GET /preferred-provider-groups/{group_id}/provider-ids``

        Args:
            group_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.preferred_provider_groups import (
            list_preferred_provider_group_provider_ids as _op,  # loaded on first call
        )

        return await self._client.request(
            _op._get_kwargs(group_id=group_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PreferredProviderGroupsResourceWithRawResponse:
    """``PreferredProviderGroupsResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: PreferredProviderGroupsResource) -> None:
        self.list_preferred_provider_groups = to_raw_response_wrapper(resource.list_preferred_provider_groups)
        self.get_preferred_provider_group = to_raw_response_wrapper(resource.get_preferred_provider_group)
        self.list_preferred_provider_group_users = to_raw_response_wrapper(
            resource.list_preferred_provider_group_users
        )
        self.add_preferred_provider_group_user = to_raw_response_wrapper(
            resource.add_preferred_provider_group_user
        )
        self.remove_preferred_provider_group_users = to_raw_response_wrapper(
            resource.remove_preferred_provider_group_users
        )
        self.list_preferred_provider_group_provider_ids = to_raw_response_wrapper(
            resource.list_preferred_provider_group_provider_ids
        )


class PreferredProviderGroupsResourceWithStreamingResponse:
    """``PreferredProviderGroupsResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: PreferredProviderGroupsResource) -> None:
        self.list_preferred_provider_groups = to_streamed_response_wrapper(
            resource.list_preferred_provider_groups
        )
        self.get_preferred_provider_group = to_streamed_response_wrapper(
            resource.get_preferred_provider_group
        )
        self.list_preferred_provider_group_users = to_streamed_response_wrapper(
            resource.list_preferred_provider_group_users
        )
        self.add_preferred_provider_group_user = to_streamed_response_wrapper(
            resource.add_preferred_provider_group_user
        )
        self.remove_preferred_provider_group_users = to_streamed_response_wrapper(
            resource.remove_preferred_provider_group_users
        )
        self.list_preferred_provider_group_provider_ids = to_streamed_response_wrapper(
            resource.list_preferred_provider_group_provider_ids
        )


class AsyncPreferredProviderGroupsResourceWithRawResponse:
    """``AsyncPreferredProviderGroupsResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncPreferredProviderGroupsResource) -> None:
        self.list_preferred_provider_groups = async_to_raw_response_wrapper(
            resource.list_preferred_provider_groups
        )
        self.get_preferred_provider_group = async_to_raw_response_wrapper(
            resource.get_preferred_provider_group
        )
        self.list_preferred_provider_group_users = async_to_raw_response_wrapper(
            resource.list_preferred_provider_group_users
        )
        self.add_preferred_provider_group_user = async_to_raw_response_wrapper(
            resource.add_preferred_provider_group_user
        )
        self.remove_preferred_provider_group_users = async_to_raw_response_wrapper(
            resource.remove_preferred_provider_group_users
        )
        self.list_preferred_provider_group_provider_ids = async_to_raw_response_wrapper(
            resource.list_preferred_provider_group_provider_ids
        )


class AsyncPreferredProviderGroupsResourceWithStreamingResponse:
    """``AsyncPreferredProviderGroupsResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncPreferredProviderGroupsResource) -> None:
        self.list_preferred_provider_groups = async_to_streamed_response_wrapper(
            resource.list_preferred_provider_groups
        )
        self.get_preferred_provider_group = async_to_streamed_response_wrapper(
            resource.get_preferred_provider_group
        )
        self.list_preferred_provider_group_users = async_to_streamed_response_wrapper(
            resource.list_preferred_provider_group_users
        )
        self.add_preferred_provider_group_user = async_to_streamed_response_wrapper(
            resource.add_preferred_provider_group_user
        )
        self.remove_preferred_provider_group_users = async_to_streamed_response_wrapper(
            resource.remove_preferred_provider_group_users
        )
        self.list_preferred_provider_group_provider_ids = async_to_streamed_response_wrapper(
            resource.list_preferred_provider_group_provider_ids
        )

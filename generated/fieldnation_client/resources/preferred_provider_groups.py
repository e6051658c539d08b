"""Preferred provider groups: 6 operations, sync (``PreferredProviderGroupsResource``) and async (``AsyncPreferredProviderGroupsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_pages, iter_pages
from .._resource import AsyncResource, SyncResource
from ..types import Unset

if TYPE_CHECKING:
    from ..models.preferred_provider_group import PreferredProviderGroup
    from ..models.preferred_provider_group_list import PreferredProviderGroupList
    from ..models.preferred_provider_group_provider_ids import PreferredProviderGroupProviderIds
    from ..models.preferred_provider_group_user_list import PreferredProviderGroupUserList
    from ..models.preferred_provider_group_users_input import PreferredProviderGroupUsersInput
    from ..models.user import User

__all__ = ["AsyncPreferredProviderGroupsResource", "PreferredProviderGroupsResource"]

Timeout = float | httpx.Timeout | None


class PreferredProviderGroupsResource(SyncResource):
    """Preferred provider groups operations; reach them as ``client.preferred_provider_groups``."""

    def list_preferred_provider_groups(
        self, *, page: int | Unset = 1, per_page: int | Unset = 25, timeout: Timeout = None
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
        )

    def iter_preferred_provider_groups(
        self, *, per_page: int | Unset = 25, timeout: Timeout = None
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
            return self.list_preferred_provider_groups(page=position, per_page=per_page, timeout=timeout)

        return iter_pages(fetch, "results")

    def get_preferred_provider_group(
        self, group_id: int, *, timeout: Timeout = None
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
        )

    def list_preferred_provider_group_users(
        self, group_id: int, *, page: int | Unset = 1, per_page: int | Unset = 25, timeout: Timeout = None
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
        )

    def iter_preferred_provider_group_users(
        self, group_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
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
                group_id=group_id, page=position, per_page=per_page, timeout=timeout
            )

        return iter_pages(fetch, "results")

    def add_preferred_provider_group_user(
        self, group_id: int, *, body: PreferredProviderGroupUsersInput, timeout: Timeout = None
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
        )

    def remove_preferred_provider_group_users(
        self, group_id: int, *, body: PreferredProviderGroupUsersInput, timeout: Timeout = None
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
        )

    def list_preferred_provider_group_provider_ids(
        self, group_id: int, *, timeout: Timeout = None
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
        )


class AsyncPreferredProviderGroupsResource(AsyncResource):
    """Preferred provider groups operations; reach them as ``async_client.preferred_provider_groups``."""

    async def list_preferred_provider_groups(
        self, *, page: int | Unset = 1, per_page: int | Unset = 25, timeout: Timeout = None
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
        )

    def iter_preferred_provider_groups(
        self, *, per_page: int | Unset = 25, timeout: Timeout = None
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
                page=position, per_page=per_page, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def get_preferred_provider_group(
        self, group_id: int, *, timeout: Timeout = None
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
        )

    async def list_preferred_provider_group_users(
        self, group_id: int, *, page: int | Unset = 1, per_page: int | Unset = 25, timeout: Timeout = None
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
        )

    def iter_preferred_provider_group_users(
        self, group_id: int, *, per_page: int | Unset = 25, timeout: Timeout = None
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
                group_id=group_id, page=position, per_page=per_page, timeout=timeout
            )

        return aiter_pages(fetch, "results")

    async def add_preferred_provider_group_user(
        self, group_id: int, *, body: PreferredProviderGroupUsersInput, timeout: Timeout = None
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
        )

    async def remove_preferred_provider_group_users(
        self, group_id: int, *, body: PreferredProviderGroupUsersInput, timeout: Timeout = None
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
        )

    async def list_preferred_provider_group_provider_ids(
        self, group_id: int, *, timeout: Timeout = None
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
        )

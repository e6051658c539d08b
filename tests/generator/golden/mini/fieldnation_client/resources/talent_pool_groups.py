"""Talent pool groups: 1 operation, sync (``TalentPoolGroupsResource``) and async (``AsyncTalentPoolGroupsResource``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._pagination import aiter_cursor, iter_cursor
from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_talent_pool_groups_response_200 import ListTalentPoolGroupsResponse200
    from ..models.talent_pool_group import TalentPoolGroup

__all__ = ["AsyncTalentPoolGroupsResource", "TalentPoolGroupsResource"]

Timeout = float | httpx.Timeout | None


class TalentPoolGroupsResource(SyncResource):
    """Talent pool groups operations; reach them as ``client.talent_pool_groups``."""

    def list_talent_pool_groups(
        self, *, limit: int | Unset = 20, cursor: str | Unset = UNSET, timeout: Timeout = None
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
        )

    def iter_talent_pool_groups(
        self, *, limit: int | Unset = 20, timeout: Timeout = None
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
                limit=limit, cursor=UNSET if position is None else position, timeout=timeout
            )

        return iter_cursor(fetch, "data")


class AsyncTalentPoolGroupsResource(AsyncResource):
    """Talent pool groups operations; reach them as ``async_client.talent_pool_groups``."""

    async def list_talent_pool_groups(
        self, *, limit: int | Unset = 20, cursor: str | Unset = UNSET, timeout: Timeout = None
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
        )

    def iter_talent_pool_groups(
        self, *, limit: int | Unset = 20, timeout: Timeout = None
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
                limit=limit, cursor=UNSET if position is None else position, timeout=timeout
            )

        return aiter_cursor(fetch, "data")

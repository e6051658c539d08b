"""Users: 1 operation, sync (``UsersResource``) and async (``AsyncUsersResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ..models.user import User

__all__ = ["AsyncUsersResource", "UsersResource"]

Timeout = float | httpx.Timeout | None


class UsersResource(SyncResource):
    """Users operations; reach them as ``client.users``."""

    def get_user(self, user_id: int, *, timeout: Timeout = None) -> User:
        """Get User Details.

        Reads one user: a provider (profile, location, ratings, types of work, the caller's preferred
        groups the provider is in) or a member of a company.

        ``GET /users/{user_id}``

        Args:
            user_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.users import get_user as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(user_id=user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )


class AsyncUsersResource(AsyncResource):
    """Users operations; reach them as ``async_client.users``."""

    async def get_user(self, user_id: int, *, timeout: Timeout = None) -> User:
        """Get User Details.

        Reads one user: a provider (profile, location, ratings, types of work, the caller's preferred
        groups the provider is in) or a member of a company.

        ``GET /users/{user_id}``

        Args:
            user_id (int):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.users import get_user as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(user_id=user_id),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

"""Users: 1 operation, sync (``UsersResource``) and async (``AsyncUsersResource``)."""

from __future__ import annotations

import httpx

from .._resource import AsyncResource, SyncResource
from ..api.users import get_user as _get_user
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

        return self._client.request(
            _get_user._get_kwargs(user_id=user_id),
            _get_user._parse_response,
            root_relative=_get_user.ROOT_RELATIVE,
            timeout=timeout,
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

        return await self._client.request(
            _get_user._get_kwargs(user_id=user_id),
            _get_user._parse_response,
            root_relative=_get_user.ROOT_RELATIVE,
            timeout=timeout,
        )

"""Users: 1 operation, sync (``UsersResource``) and async (``AsyncUsersResource``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._resource import AsyncResource, SyncResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.user import User

    pass

__all__ = ["AsyncUsersResource", "UsersResource"]

Timeout = float | httpx.Timeout | None


class UsersResource(SyncResource):
    """Users operations; reach them as ``client.users``."""

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return UsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return UsersResourceWithStreamingResponse(self)

    def get_user(
        self,
        user_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> User:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncUsersResource(AsyncResource):
    """Users operations; reach them as ``async_client.users``."""

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncUsersResourceWithStreamingResponse(self)

    async def get_user(
        self,
        user_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> User:
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
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class UsersResourceWithRawResponse:
    """``UsersResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: UsersResource) -> None:
        self.get_user = to_raw_response_wrapper(resource.get_user)


class UsersResourceWithStreamingResponse:
    """``UsersResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: UsersResource) -> None:
        self.get_user = to_streamed_response_wrapper(resource.get_user)


class AsyncUsersResourceWithRawResponse:
    """``AsyncUsersResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.get_user = async_to_raw_response_wrapper(resource.get_user)


class AsyncUsersResourceWithStreamingResponse:
    """``AsyncUsersResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.get_user = async_to_streamed_response_wrapper(resource.get_user)

"""Authentication: 1 operation, sync (``AuthenticationResource``) and async (``AsyncAuthenticationResource``)."""

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
    from ..models.token import Token
    from ..models.token_request import TokenRequest, TokenRequestDict

    pass

__all__ = ["AsyncAuthenticationResource", "AuthenticationResource"]

Timeout = float | httpx.Timeout | None


class AuthenticationResource(SyncResource):
    """Authentication operations; reach them as ``client.authentication``."""

    @cached_property
    def with_raw_response(self) -> AuthenticationResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``parse()``)."""
        return AuthenticationResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthenticationResourceWithStreamingResponse:
        """The same operations as context managers over the unread answer."""
        return AuthenticationResourceWithStreamingResponse(self)

    def generate_access_token(
        self,
        *,
        body: TokenRequest | TokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Token:
        """Generate Access Token.

        Exchange credentials for a token.

        ``POST /authentication/api/oauth/token``

        Args:
            body (TokenRequest):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.authentication import generate_access_token as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncAuthenticationResource(AsyncResource):
    """Authentication operations; reach them as ``async_client.authentication``."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthenticationResourceWithRawResponse:
        """The same operations returning the raw answer (status, headers, ``await parse()``)."""
        return AsyncAuthenticationResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthenticationResourceWithStreamingResponse:
        """The same operations as async context managers over the unread answer."""
        return AsyncAuthenticationResourceWithStreamingResponse(self)

    async def generate_access_token(
        self,
        *,
        body: TokenRequest | TokenRequestDict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Token:
        """Generate Access Token.

        Exchange credentials for a token.

        ``POST /authentication/api/oauth/token``

        Args:
            body (TokenRequest):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        from ..api.authentication import generate_access_token as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
            max_retries=_op.MAX_RETRIES,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AuthenticationResourceWithRawResponse:
    """``AuthenticationResource``'s operations through ``to_raw_response_wrapper``."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self.generate_access_token = to_raw_response_wrapper(resource.generate_access_token)


class AuthenticationResourceWithStreamingResponse:
    """``AuthenticationResource``'s operations through ``to_streamed_response_wrapper``."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self.generate_access_token = to_streamed_response_wrapper(resource.generate_access_token)


class AsyncAuthenticationResourceWithRawResponse:
    """``AsyncAuthenticationResource``'s operations through ``async_to_raw_response_wrapper``."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self.generate_access_token = async_to_raw_response_wrapper(resource.generate_access_token)


class AsyncAuthenticationResourceWithStreamingResponse:
    """``AsyncAuthenticationResource``'s operations through ``async_to_streamed_response_wrapper``."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self.generate_access_token = async_to_streamed_response_wrapper(resource.generate_access_token)

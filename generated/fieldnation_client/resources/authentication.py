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
    from ..models.token_password_grant import TokenPasswordGrant
    from ..models.token_refresh_grant import TokenRefreshGrant

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
        body: TokenPasswordGrant | TokenRefreshGrant,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Token:
        """Generate Access Token.

        Trades the client credentials Field Nation issued to your integration, together with the login
        of the API user, for an access token (OAuth 2.0 password grant). The token is valid for
        `expires_in` seconds, one hour; pass it to every other operation as the `access_token` query
        parameter (the form the API requires) or as a Bearer header. The endpoint lives outside
        `/api/rest/v2`, on the bare host. A `refresh_token` grant is also described for servers that
        issue refresh tokens.

        ``POST /authentication/api/oauth/token``

        Args:
            body (TokenPasswordGrant | TokenRefreshGrant): Body of the token request, chosen by
                `grant_type`. `password` exchanges the client credentials issued by Field Nation plus the
                API user's login for a token; `refresh_token` trades a refresh token from an earlier
                answer for a new token. The same fields are accepted as JSON or as an `application/x-www-
                form-urlencoded` form. Example: {'grant_type': 'password', 'client_id': 'fn501-acme-
                integration', 'client_secret': '7d1f0c2e9b8a4f63a5c1e2d3b4a59687', 'username':
                'api.user@acme-field.example', 'password': 'correct-horse-battery-staple'}.
            body (TokenPasswordGrant | TokenRefreshGrant): Body of the token request, chosen by
                `grant_type`. `password` exchanges the client credentials issued by Field Nation plus the
                API user's login for a token; `refresh_token` trades a refresh token from an earlier
                answer for a new token. The same fields are accepted as JSON or as an `application/x-www-
                form-urlencoded` form. Example: {'grant_type': 'password', 'client_id': 'fn501-acme-
                integration', 'client_secret': '7d1f0c2e9b8a4f63a5c1e2d3b4a59687', 'username':
                'api.user@acme-field.example', 'password': 'correct-horse-battery-staple'}.

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
        body: TokenPasswordGrant | TokenRefreshGrant,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout = None,
    ) -> Token:
        """Generate Access Token.

        Trades the client credentials Field Nation issued to your integration, together with the login
        of the API user, for an access token (OAuth 2.0 password grant). The token is valid for
        `expires_in` seconds, one hour; pass it to every other operation as the `access_token` query
        parameter (the form the API requires) or as a Bearer header. The endpoint lives outside
        `/api/rest/v2`, on the bare host. A `refresh_token` grant is also described for servers that
        issue refresh tokens.

        ``POST /authentication/api/oauth/token``

        Args:
            body (TokenPasswordGrant | TokenRefreshGrant): Body of the token request, chosen by
                `grant_type`. `password` exchanges the client credentials issued by Field Nation plus the
                API user's login for a token; `refresh_token` trades a refresh token from an earlier
                answer for a new token. The same fields are accepted as JSON or as an `application/x-www-
                form-urlencoded` form. Example: {'grant_type': 'password', 'client_id': 'fn501-acme-
                integration', 'client_secret': '7d1f0c2e9b8a4f63a5c1e2d3b4a59687', 'username':
                'api.user@acme-field.example', 'password': 'correct-horse-battery-staple'}.
            body (TokenPasswordGrant | TokenRefreshGrant): Body of the token request, chosen by
                `grant_type`. `password` exchanges the client credentials issued by Field Nation plus the
                API user's login for a token; `refresh_token` trades a refresh token from an earlier
                answer for a new token. The same fields are accepted as JSON or as an `application/x-www-
                form-urlencoded` form. Example: {'grant_type': 'password', 'client_id': 'fn501-acme-
                integration', 'client_secret': '7d1f0c2e9b8a4f63a5c1e2d3b4a59687', 'username':
                'api.user@acme-field.example', 'password': 'correct-horse-battery-staple'}.

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

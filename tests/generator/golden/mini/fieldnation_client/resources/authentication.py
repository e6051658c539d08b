"""Authentication: 1 operation, sync (``AuthenticationResource``) and async (``AsyncAuthenticationResource``)."""

from __future__ import annotations

import httpx

from .._resource import AsyncResource, SyncResource
from ..api.authentication import generate_access_token as _generate_access_token
from ..models.token import Token
from ..models.token_request import TokenRequest

__all__ = ["AsyncAuthenticationResource", "AuthenticationResource"]

Timeout = float | httpx.Timeout | None


class AuthenticationResource(SyncResource):
    """Authentication operations; reach them as ``client.authentication``."""

    def generate_access_token(self, *, body: TokenRequest, timeout: Timeout = None) -> Token:
        """Generate Access Token.

        Exchange credentials for a token.

        ``POST /authentication/api/oauth/token``

        Args:
            body (TokenRequest):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        return self._client.request(
            _generate_access_token._get_kwargs(body=body),
            _generate_access_token._parse_response,
            root_relative=_generate_access_token.ROOT_RELATIVE,
            timeout=timeout,
        )


class AsyncAuthenticationResource(AsyncResource):
    """Authentication operations; reach them as ``async_client.authentication``."""

    async def generate_access_token(self, *, body: TokenRequest, timeout: Timeout = None) -> Token:
        """Generate Access Token.

        Exchange credentials for a token.

        ``POST /authentication/api/oauth/token``

        Args:
            body (TokenRequest):

        Raises:
            APIStatusError: A subclass per status (``NotFoundError``, ``ConflictError``...).
            APIConnectionError: The API could not be reached.
        """

        return await self._client.request(
            _generate_access_token._get_kwargs(body=body),
            _generate_access_token._parse_response,
            root_relative=_generate_access_token.ROOT_RELATIVE,
            timeout=timeout,
        )

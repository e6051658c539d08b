"""Authentication: 1 operation, sync (``AuthenticationResource``) and async (``AsyncAuthenticationResource``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
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

        from ..api.authentication import generate_access_token as _op  # loaded on first call

        return self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
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

        from ..api.authentication import generate_access_token as _op  # loaded on first call

        return await self._client.request(
            _op._get_kwargs(body=body),
            _op._parse_response,
            root_relative=_op.ROOT_RELATIVE,
            timeout=timeout,
            operation=_op.OPERATION,
        )

"""The client: ``FieldNation`` (blocking) and ``AsyncFieldNation`` (asyncio).

Resource groups (one per API tag) are attributes created on first use, so importing the
package and building a client stay cheap.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import AsyncAPIClient, Hooks, SyncAPIClient, TokenIn
from ._constants import DEFAULT_MAX_RETRIES

if TYPE_CHECKING:
    from .resources.authentication import AsyncAuthenticationResource, AuthenticationResource
    from .resources.talent_pool_groups import AsyncTalentPoolGroupsResource, TalentPoolGroupsResource
    from .resources.work_orders import AsyncWorkOrdersResource, WorkOrdersResource

__all__ = ["AsyncFieldNation", "FieldNation"]


def _env(value: str | None, name: str) -> str | None:
    return value if value is not None else os.environ.get(name) or None


def _options(
    token: str | None,
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    environment: str | None,
    base_url: str | httpx.URL | None,
    token_in: TokenIn,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    retry_post: bool,
    headers: Mapping[str, str] | None,
    strict: bool,
    hooks: Hooks | None,
) -> dict[str, object]:
    """Explicit arguments, else the ``FIELDNATION_*`` environment variables."""
    return {
        "token": _env(token, "FIELDNATION_ACCESS_TOKEN"),
        "client_id": _env(client_id, "FIELDNATION_CLIENT_ID"),
        "client_secret": _env(client_secret, "FIELDNATION_CLIENT_SECRET"),
        "username": _env(username, "FIELDNATION_USERNAME"),
        "password": _env(password, "FIELDNATION_PASSWORD"),
        "environment": _env(environment, "FIELDNATION_ENVIRONMENT"),
        "base_url": base_url if base_url is not None else _env(None, "FIELDNATION_BASE_URL"),
        "token_in": token_in,
        "timeout": timeout,
        "max_retries": max_retries,
        "retry_post": retry_post,
        "headers": headers,
        "strict": strict,
        "hooks": hooks,
    }


class FieldNation(SyncAPIClient):
    """Blocking client of the Mini Field Nation (spec 1.2.3).

    Args:
        token: An access token to use as is.
        client_id, client_secret, username, password: Credentials; the client then obtains
            a token through the token operation, caches it and refreshes it before expiry
            and once on a 401.
        environment: ``production``, ``sandbox``, ``local``; ignored when ``base_url`` is given.
        base_url: The API base URL (ending in ``/api/rest/v2``).
        token_in: ``"query"`` (the ``access_token`` parameter the API requires) or ``"header"``
            (``Authorization: Bearer``).
        timeout: Seconds (or an ``httpx.Timeout``); default 30 s, 5 s to connect.
        max_retries: Retries (default 2) of requests that never reached the server, and for
            idempotent methods of 408, 429, 500, 502, 503, 504 answers and lost answers.
        retry_post: Also retry POST requests (they may not be idempotent).
        strict: Check every success answer against the spec and raise
            ``APIResponseValidationError`` (status, operation, JSON pointer) on a mismatch.
            Off by default: answers decode leniently and never crash a read.
        hooks: Your functions run ``before_request`` (each attempt; may change the request),
            ``after_response`` (each attempt's answer) and ``on_error`` (the exception a call
            raises); see :class:`Hooks`.
        http_client: An ``httpx.Client`` to use (custom transport, proxies, limits); its
            timeout and headers are kept unless ``timeout``/``headers`` are given here.

    Unset arguments are read from ``FIELDNATION_ACCESS_TOKEN``, ``FIELDNATION_CLIENT_ID``,
    ``FIELDNATION_CLIENT_SECRET``, ``FIELDNATION_USERNAME``, ``FIELDNATION_PASSWORD``,
    ``FIELDNATION_ENVIRONMENT`` and ``FIELDNATION_BASE_URL``.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        environment: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_in: TokenIn = "query",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_post: bool = False,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        options = _options(
            token,
            client_id,
            client_secret,
            username,
            password,
            environment,
            base_url,
            token_in,
            timeout,
            max_retries,
            retry_post,
            headers,
            strict,
            hooks,
        )
        super().__init__(http_client=http_client, **options)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        """1 operation of the authentication group."""
        from .resources.authentication import AuthenticationResource

        return AuthenticationResource(self)

    @cached_property
    def work_orders(self) -> WorkOrdersResource:
        """5 operations of the work orders group."""
        from .resources.work_orders import WorkOrdersResource

        return WorkOrdersResource(self)

    @cached_property
    def talent_pool_groups(self) -> TalentPoolGroupsResource:
        """1 operation of the talent pool groups group."""
        from .resources.talent_pool_groups import TalentPoolGroupsResource

        return TalentPoolGroupsResource(self)


class AsyncFieldNation(AsyncAPIClient):
    """Asyncio twin of :class:`FieldNation`; every operation is a coroutine."""

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        environment: str | None = None,
        base_url: str | httpx.URL | None = None,
        token_in: TokenIn = "query",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_post: bool = False,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
        hooks: Hooks | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = _options(
            token,
            client_id,
            client_secret,
            username,
            password,
            environment,
            base_url,
            token_in,
            timeout,
            max_retries,
            retry_post,
            headers,
            strict,
            hooks,
        )
        super().__init__(http_client=http_client, **options)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        """1 operation of the authentication group."""
        from .resources.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self)

    @cached_property
    def work_orders(self) -> AsyncWorkOrdersResource:
        """5 operations of the work orders group."""
        from .resources.work_orders import AsyncWorkOrdersResource

        return AsyncWorkOrdersResource(self)

    @cached_property
    def talent_pool_groups(self) -> AsyncTalentPoolGroupsResource:
        """1 operation of the talent pool groups group."""
        from .resources.talent_pool_groups import AsyncTalentPoolGroupsResource

        return AsyncTalentPoolGroupsResource(self)

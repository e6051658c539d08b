"""The request loop shared by every operation: auth, retries, error mapping, redaction.

Operation modules only build request arguments (``_get_kwargs``) and parse a success
(``_parse_response``); everything else happens here, once, in a sync and an async twin.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx

from ._auth import AsyncTokenManager, Credentials, TokenManager
from ._constants import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_ENVIRONMENT,
    DEFAULT_TIMEOUT,
    ENVIRONMENTS,
    TOKEN_PATH,
    USER_AGENT,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    FieldNationError,
    error_for_response,
    token_rejected,
)
from ._models import Invalid, dumps
from ._redact import install_log_filter, redact
from ._retry import backoff_delay, method_is_retryable, status_is_retryable

T = TypeVar("T")
TokenIn = Literal["query", "header"]
Parse = Callable[[httpx.Response, bool], T]


def resolve_base_url(environment: str | None, base_url: str | httpx.URL | None) -> str:
    """An explicit ``base_url`` wins; otherwise the environment preset's URL."""
    if base_url is not None:
        return str(base_url).rstrip("/")
    name = environment or DEFAULT_ENVIRONMENT
    try:
        return ENVIRONMENTS[name]
    except KeyError:
        raise ValueError(f"unknown environment {name!r}; choose one of {sorted(ENVIRONMENTS)}") from None


class BaseClient:
    """Configuration and request building shared by both twins."""

    def __init__(
        self,
        *,
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
        strict: bool = False,
    ) -> None:
        if token_in not in ("query", "header"):
            raise ValueError("token_in must be 'query' or 'header'")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if any((client_id, client_secret, username, password)):
            if not (client_id and client_secret):
                raise ValueError(
                    "credentials need client_id and client_secret (plus username and password for the password grant)"
                )
            if bool(username) != bool(password):
                raise ValueError(
                    "credentials need both username and password, or neither (client_credentials grant)"
                )
        self.credentials = (
            Credentials(client_id, client_secret, username or None, password or None)
            if client_id and client_secret
            else None
        )
        if self.credentials is None and not token:
            raise FieldNationError(
                "no credentials: pass token=, or client_id= and client_secret= (with username= and password= "
                "for the password grant), or set FIELDNATION_ACCESS_TOKEN or FIELDNATION_CLIENT_ID, "
                "FIELDNATION_CLIENT_SECRET, FIELDNATION_USERNAME and FIELDNATION_PASSWORD"
            )
        self.base_url = resolve_base_url(environment, base_url)
        parts = urlsplit(self.base_url)
        self.token_url = f"{parts.scheme}://{parts.netloc}{TOKEN_PATH}"
        self.token_in: TokenIn = token_in
        self.timeout = (
            timeout
            if isinstance(timeout, httpx.Timeout)
            else httpx.Timeout(
                DEFAULT_TIMEOUT if timeout is None else timeout, connect=DEFAULT_CONNECT_TIMEOUT
            )
        )
        self.max_retries = max_retries
        self.retry_post = retry_post
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})}
        self._initial_token = token
        self.strict = strict
        install_log_filter()

    def _url(self, path: str, root_relative: bool) -> str:
        if root_relative:
            parts = urlsplit(self.base_url)
            return f"{parts.scheme}://{parts.netloc}{path}"
        return self.base_url + path

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        kwargs: dict[str, Any],
        root_relative: bool,
        token: str | None,
        timeout: Any,
    ) -> httpx.Request:
        params = dict(kwargs.get("params") or {})
        headers = dict(kwargs.get("headers") or {})
        content = kwargs.get("content")
        if kwargs.get("json") is not None:
            content = dumps(kwargs["json"])
            headers["Content-Type"] = "application/json"
        if token:
            if self.token_in == "query":
                params["access_token"] = token
            else:
                headers["Authorization"] = f"Bearer {token}"
        return http.build_request(
            kwargs["method"],
            self._url(kwargs["url"], root_relative),
            params=params or None,
            headers=headers or None,
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            content=content,
            timeout=self.timeout if timeout is None else timeout,
        )

    def _parse(self, response: httpx.Response, parse: Parse[T], operation: str) -> T:
        try:
            return parse(response, self.strict)
        except Invalid as exc:
            raise APIResponseValidationError(
                exc.message, response=response, operation=operation, pointer=exc.pointer
            ) from None

    def _retryable(self, method: str, retry_post: bool | None) -> bool:
        return method_is_retryable(method, self.retry_post if retry_post is None else retry_post)

    def __repr__(self) -> str:
        auth = "credentials" if self.credentials else ("token" if self._initial_token else "none")
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r}, token_in={self.token_in!r})"


class SyncAPIClient(BaseClient):
    """Blocking client over one ``httpx.Client`` (keep-alive connection pool)."""

    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.Client(timeout=self.timeout, headers=self.headers)
        if http_client is not None:
            self._http.headers.update(self.headers)
        self._auth = TokenManager(self._initial_token, self.credentials)
        self._sleep: Callable[[float], None] = time.sleep

    def _fetch_token(self, body: dict[str, Any]) -> dict[str, Any]:
        kwargs = {"method": "POST", "url": TOKEN_PATH, "json": body}
        response = self._send(kwargs, root_relative=True, token=None, retry_post=True, timeout=None)
        return self._parse(response, _json, "generate_access_token")

    def access_token(self) -> str | None:
        """The token requests carry now (obtained or refreshed first when needed)."""
        return self._auth.get(self._fetch_token)

    def request(
        self,
        kwargs: dict[str, Any],
        parse: Parse[T],
        *,
        root_relative: bool = False,
        retry_post: bool | None = None,
        timeout: Any = None,
        operation: str = "",
    ) -> T:
        """Send one operation's request with auth and retries; parse the success."""
        authenticated = not root_relative
        refreshed = False
        while True:
            token = self._auth.get(self._fetch_token) if authenticated else None
            try:
                response = self._send(
                    kwargs, root_relative=root_relative, token=token, retry_post=retry_post, timeout=timeout
                )
            except APIStatusError as exc:
                if (
                    authenticated
                    and token
                    and not refreshed
                    and token_rejected(exc)
                    and self._auth.invalidate(token)
                ):
                    refreshed = True
                    continue
                raise
            return self._parse(response, parse, operation)

    def _send(
        self,
        kwargs: dict[str, Any],
        *,
        root_relative: bool,
        token: str | None,
        retry_post: bool | None,
        timeout: Any,
    ) -> httpx.Response:
        retryable = self._retryable(kwargs["method"], retry_post)
        attempt = 0
        while True:
            request = self._build(self._http, kwargs, root_relative, token, timeout)
            try:
                response = self._http.send(request)
            except httpx.TimeoutException as exc:
                if retryable and attempt < self.max_retries:
                    self._sleep(backoff_delay(attempt) or 0.0)
                    attempt += 1
                    continue
                raise APITimeoutError(
                    f"Request timed out: {request.method} {redact(str(request.url))}"
                ) from _scrubbed(exc)
            except httpx.TransportError as exc:
                if retryable and attempt < self.max_retries:
                    self._sleep(backoff_delay(attempt) or 0.0)
                    attempt += 1
                    continue
                raise APIConnectionError(
                    f"Connection error: {type(exc).__name__}: {redact(str(exc))} ({request.method} {redact(str(request.url))})"
                ) from _scrubbed(exc)
            if response.is_success:
                response.read()
                return response
            if retryable and status_is_retryable(response.status_code) and attempt < self.max_retries:
                delay = backoff_delay(attempt, response)
                if delay is not None:
                    response.close()
                    self._sleep(delay)
                    attempt += 1
                    continue
            response.read()
            raise error_for_response(response)

    def close(self) -> None:
        self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    """Asyncio client over one ``httpx.AsyncClient``."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, headers=self.headers)
        if http_client is not None:
            self._http.headers.update(self.headers)
        self._auth = AsyncTokenManager(self._initial_token, self.credentials)
        self._sleep: Callable[[float], Awaitable[None]] = _async_sleep

    async def _fetch_token(self, body: dict[str, Any]) -> dict[str, Any]:
        kwargs = {"method": "POST", "url": TOKEN_PATH, "json": body}
        response = await self._send(kwargs, root_relative=True, token=None, retry_post=True, timeout=None)
        return self._parse(response, _json, "generate_access_token")

    async def access_token(self) -> str | None:
        """The token requests carry now (obtained or refreshed first when needed)."""
        return await self._auth.get(self._fetch_token)

    async def request(
        self,
        kwargs: dict[str, Any],
        parse: Parse[T],
        *,
        root_relative: bool = False,
        retry_post: bool | None = None,
        timeout: Any = None,
        operation: str = "",
    ) -> T:
        """Send one operation's request with auth and retries; parse the success."""
        authenticated = not root_relative
        refreshed = False
        while True:
            token = await self._auth.get(self._fetch_token) if authenticated else None
            try:
                response = await self._send(
                    kwargs, root_relative=root_relative, token=token, retry_post=retry_post, timeout=timeout
                )
            except APIStatusError as exc:
                if (
                    authenticated
                    and token
                    and not refreshed
                    and token_rejected(exc)
                    and self._auth.invalidate(token)
                ):
                    refreshed = True
                    continue
                raise
            return self._parse(response, parse, operation)

    async def _send(
        self,
        kwargs: dict[str, Any],
        *,
        root_relative: bool,
        token: str | None,
        retry_post: bool | None,
        timeout: Any,
    ) -> httpx.Response:
        retryable = self._retryable(kwargs["method"], retry_post)
        attempt = 0
        while True:
            request = self._build(self._http, kwargs, root_relative, token, timeout)
            try:
                response = await self._http.send(request)
            except httpx.TimeoutException as exc:
                if retryable and attempt < self.max_retries:
                    await self._sleep(backoff_delay(attempt) or 0.0)
                    attempt += 1
                    continue
                raise APITimeoutError(
                    f"Request timed out: {request.method} {redact(str(request.url))}"
                ) from _scrubbed(exc)
            except httpx.TransportError as exc:
                if retryable and attempt < self.max_retries:
                    await self._sleep(backoff_delay(attempt) or 0.0)
                    attempt += 1
                    continue
                raise APIConnectionError(
                    f"Connection error: {type(exc).__name__}: {redact(str(exc))} ({request.method} {redact(str(request.url))})"
                ) from _scrubbed(exc)
            if response.is_success:
                await response.aread()
                return response
            if retryable and status_is_retryable(response.status_code) and attempt < self.max_retries:
                delay = backoff_delay(attempt, response)
                if delay is not None:
                    await response.aclose()
                    await self._sleep(delay)
                    attempt += 1
                    continue
            await response.aread()
            raise error_for_response(response)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _json(response: httpx.Response, strict: bool = False) -> Any:
    from ._models import json_body

    body = json_body(response)
    if not isinstance(body, dict) or not body.get("access_token"):
        raise Invalid("/access_token", "the token answer has no access_token")
    return dict(body)


def _scrubbed(exc: BaseException) -> BaseException:
    """The httpx exception as a cause, with its message and request URL scrubbed."""
    exc.args = tuple(redact(str(a)) if isinstance(a, str) else a for a in exc.args)
    return exc

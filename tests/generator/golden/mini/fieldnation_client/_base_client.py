"""The request loop shared by every operation: auth, retries, error mapping, redaction, logs.

Operation modules only build request arguments (``_get_kwargs``) and parse a success
(``_parse_response``); everything else happens here, once, in a sync and an async twin.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, overload
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
from ._logs import logger, setup_logging
from ._mode import MODE
from ._redact import redact
from ._retry import Attempt, backoff_delay, method_is_retryable, never_sent, status_is_retryable

if TYPE_CHECKING:
    from ._models import BaseModel

# ._models (the decoders) loads with the first answer, not with the client: importing the
# client stays as cheap as importing httpx.

__all__ = ["AsyncAPIClient", "BaseClient", "Hooks", "SyncAPIClient", "TokenIn"]

T = TypeVar("T")
M = TypeVar("M", bound="BaseModel")
C = TypeVar("C", bound="BaseClient")
TokenIn = Literal["query", "header"]
Parse = Callable[[httpx.Response, bool], T]
Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]
NOT_GIVEN: Any = object()


class Hooks(TypedDict, total=False):
    """Your code around every request (plain functions, for the async client too).

    ``before_request`` runs before each attempt and may change the ``httpx.Request`` (add a
    header); ``after_response`` runs after each attempt's answer (retried ones included);
    ``on_error`` runs once with the exception a call is about to raise.
    """

    before_request: list[Callable[[httpx.Request], None]]
    after_response: list[Callable[[httpx.Response], None]]
    on_error: list[Callable[[FieldNationError], None]]


def resolve_base_url(environment: str | None, base_url: str | httpx.URL | None) -> str:
    """An explicit ``base_url`` wins; otherwise the environment preset's URL."""
    if base_url is not None:
        return str(base_url).rstrip("/")
    name = environment or DEFAULT_ENVIRONMENT
    try:
        return ENVIRONMENTS[name]
    except KeyError:
        raise ValueError(f"unknown environment {name!r}; choose one of {sorted(ENVIRONMENTS)}") from None


def _default_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(DEFAULT_TIMEOUT if timeout is None else timeout, connect=DEFAULT_CONNECT_TIMEOUT)


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
        hooks: Hooks | None = None,
        custom_http_client: bool = False,
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
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self.token_url = self._origin + TOKEN_PATH
        self.token_in: TokenIn = token_in
        # A custom http_client keeps its own timeout unless one is given here.
        self.timeout: httpx.Timeout | None = (
            None if custom_http_client and timeout is None else _default_timeout(timeout)
        )
        self.max_retries = max_retries
        self.retry_post = retry_post
        self.default_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        self._send_defaults: dict[str, str] = dict(self.default_headers)
        """The defaults the http client does not set itself (custom http clients keep theirs)."""
        self.headers = dict(headers or {})
        """Headers given to the client: sent with every request, over any other."""
        self._initial_token = token
        self.strict = strict
        self.hooks: Hooks = hooks or {}
        setup_logging()

    def _with(self: C, **changes: Any) -> C:
        """A copy sharing the connection pool and token cache, with ``changes`` applied."""
        clone = copy.copy(self)
        for name in [
            k for k, v in vars(clone).items() if hasattr(v, "_client") and getattr(v, "_client") is self
        ]:
            del clone.__dict__[name]  # resource groups bound to the original
        for name, value in changes.items():
            if value is NOT_GIVEN:
                continue
            if name == "timeout":
                value = None if value is None else _default_timeout(value)
            if name == "headers":
                value = {**self.headers, **(value or {})}
            if name == "max_retries" and value < 0:
                raise ValueError("max_retries must be >= 0")
            setattr(clone, name, value)
        return clone

    def _url(self, path: str, root_relative: bool) -> str:
        if path.startswith(("http://", "https://")):
            if not path.startswith(self._origin + "/"):
                raise ValueError(f"{path!r} is not on {self._origin}: the client sends its token only there")
            return path
        if root_relative:
            return self._origin + path
        return self.base_url + path

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        kwargs: dict[str, Any],
        root_relative: bool,
        token: str | None,
        timeout: Any,
        extra: dict[str, Any],
    ) -> httpx.Request:
        params = dict(kwargs.get("params") or {})
        params.update(extra.get("extra_query") or {})
        headers = dict(self._send_defaults)
        headers.update(self.headers)
        headers.update(kwargs.get("headers") or {})
        headers.update(extra.get("extra_headers") or {})
        content = kwargs.get("content")
        body = kwargs.get("json")
        extra_body = extra.get("extra_body")
        if extra_body or body is not None:
            from ._models import dumps, encode

            if extra_body:
                body = {**(body if isinstance(body, dict) else {}), **encode(dict(extra_body))}
            content = dumps(body)
            headers["Content-Type"] = "application/json"
        if token:
            if self.token_in == "query":
                params["access_token"] = token
            else:
                headers["Authorization"] = f"Bearer {token}"
        if timeout is None:
            timeout = self.timeout if self.timeout is not None else httpx.USE_CLIENT_DEFAULT
        elif not isinstance(timeout, httpx.Timeout):
            timeout = _default_timeout(timeout)
        return http.build_request(
            kwargs["method"],
            self._url(kwargs["url"], root_relative),
            params=params or None,
            headers=headers or None,
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            content=content,
            timeout=timeout,
        )

    def _parse(self, response: httpx.Response, parse: Parse[T], operation: str) -> T:
        from ._models import BaseModel, Invalid

        try:
            result = parse(response, self.strict)
        except Invalid as exc:
            raise APIResponseValidationError(
                exc.message, response=response, operation=operation, pointer=exc.pointer
            ) from None
        if isinstance(result, BaseModel):
            from ._response import request_id

            result._request_id = request_id(response, result._data)
        return result

    def _retryable(self, method: str, retry_post: bool | None) -> bool:
        return method_is_retryable(method, self.retry_post if retry_post is None else retry_post)

    def _retry_after_error(
        self,
        exc: Exception,
        request: httpx.Request,
        attempts: list[Attempt],
        retryable: bool,
        max_retries: int,
    ) -> float | None:
        """The wait before the next try after a transport error, or None to give up."""
        sent = not never_sent(exc)
        attempts.append(Attempt(len(attempts) + 1, error=type(exc).__name__, sent=sent))
        if (retryable or not sent) and len(attempts) <= max_retries:
            delay = backoff_delay(len(attempts) - 1) or 0.0
            logger.info(
                "Retrying %s %s in %.2f s (attempt %d of %d): %s",
                request.method,
                redact(str(request.url)),
                delay,
                len(attempts) + 1,
                max_retries + 1,
                type(exc).__name__,
            )
            return delay
        return None

    def _retry_after_status(
        self,
        response: httpx.Response,
        request: httpx.Request,
        attempts: list[Attempt],
        retryable: bool,
        max_retries: int,
    ) -> float | None:
        if not (
            retryable
            and status_is_retryable(response.status_code, request.method)
            and len(attempts) <= max_retries
        ):
            return None
        delay = backoff_delay(len(attempts) - 1, response)
        if delay is not None:
            logger.info(
                "Retrying %s %s in %.2f s (attempt %d of %d): status %d",
                request.method,
                redact(str(request.url)),
                delay,
                len(attempts) + 1,
                max_retries + 1,
                response.status_code,
            )
        return delay

    def _transport_error(
        self, exc: Exception, request: httpx.Request, attempts: list[Attempt]
    ) -> APIConnectionError:
        where = f"{request.method} {redact(str(request.url))}"
        if isinstance(exc, httpx.TimeoutException):
            error: APIConnectionError = APITimeoutError(f"Request timed out: {where}")
        else:
            error = APIConnectionError(
                f"Connection error: {type(exc).__name__}: {redact(str(exc))} ({where})"
            )
        error.attempts = list(attempts)
        return error

    def _before(self, request: httpx.Request) -> None:
        for hook in self.hooks.get("before_request", ()):
            hook(request)

    def _after(self, response: httpx.Response) -> None:
        for hook in self.hooks.get("after_response", ()):
            hook(response)

    def _on_error(self, error: FieldNationError) -> None:
        for hook in self.hooks.get("on_error", ()):
            hook(error)

    @staticmethod
    def _log_attempt(request: httpx.Request, response: httpx.Response, attempt: int, started: float) -> None:
        if logger.isEnabledFor(20):
            logger.info(
                'HTTP %s %s "%d %s" (attempt %d, %.0f ms)',
                request.method,
                redact(str(request.url)),
                response.status_code,
                response.reason_phrase,
                attempt,
                (time.perf_counter() - started) * 1000,
            )
            logger.debug(
                "request headers: %s",
                redact(str({k: v for k, v in request.headers.items() if k.lower() != "authorization"})),
            )

    def __repr__(self) -> str:
        auth = "credentials" if self.credentials else ("token" if self._initial_token else "none")
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth!r}, token_in={self.token_in!r})"


def _user_set(http: httpx.Client | httpx.AsyncClient, name: str) -> bool:
    """Whether a custom http_client set header ``name`` itself (httpx's own User-Agent and
    Accept defaults do not count)."""
    value: str | None = http.headers.get(name)
    if value is None:
        return False
    lowered = name.lower()
    if lowered == "user-agent":
        return not value.startswith("python-httpx/")
    if lowered == "accept":
        return value != "*/*"
    return True


def _json_any(response: httpx.Response, strict: bool = False) -> Any:
    from ._models import json_body

    return json_body(response)


def _token_body(response: httpx.Response, strict: bool = False) -> dict[str, Any]:
    from ._models import Invalid, json_body

    body = json_body(response)
    if not isinstance(body, dict) or not body.get("access_token"):
        raise Invalid("/access_token", "the token answer has no access_token")
    return dict(body)


def _caster(cast_to: Any) -> Parse[Any]:
    """The parse function of a generic request: a model class, or the JSON as it came."""
    from ._models import BaseModel, Model, decode_body, json_body

    if cast_to is httpx.Response:
        return lambda response, strict: response
    if isinstance(cast_to, type) and issubclass(cast_to, BaseModel):
        decoder = Model(cast_to)
        return lambda response, strict: decode_body(decoder, json_body(response), strict)
    return _json_any


class SyncAPIClient(BaseClient):
    """Blocking client over one ``httpx.Client`` (keep-alive connection pool)."""

    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        super().__init__(custom_http_client=http_client is not None, **options)
        if http_client is None:  # our own pool carries the default headers itself (cheaper per call)
            self._http = httpx.Client(
                timeout=self.timeout or _default_timeout(None), headers=self.default_headers
            )
            self._send_defaults = {}
        else:
            self._http = http_client
            self._send_defaults = {
                k: v for k, v in self.default_headers.items() if not _user_set(http_client, k)
            }
        self._auth = TokenManager(self._initial_token, self.credentials)
        self._sleep: Callable[[float], None] = time.sleep

    def with_options(
        self: C,
        *,
        max_retries: int = NOT_GIVEN,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        headers: Mapping[str, str] | None = NOT_GIVEN,
        strict: bool = NOT_GIVEN,
        retry_post: bool = NOT_GIVEN,
    ) -> C:
        """This client with other options for the calls made through the copy (same
        connections and token): ``client.with_options(max_retries=0).work_orders.get_work_order(1)``."""
        return self._with(
            max_retries=max_retries, timeout=timeout, headers=headers, strict=strict, retry_post=retry_post
        )

    def _fetch_token(self, body: dict[str, Any]) -> dict[str, Any]:
        kwargs = {"method": "POST", "url": TOKEN_PATH, "json": body}
        logger.debug("requesting a token (grant %s)", body.get("grant_type"))
        response, _ = self._send(
            kwargs, root_relative=True, token=None, retry_post=True, timeout=None, extra={}
        )
        return self._parse(response, _token_body, "generate_access_token")

    def access_token(self) -> str | None:
        """The token requests carry now (obtained or renewed first when needed)."""
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
        authenticated: bool | None = None,
        **extra: Any,
    ) -> T:
        """Send one operation's request with auth and retries; parse the success."""
        mode = MODE.get()
        if mode is not None:
            MODE.set(None)
        try:
            return self._request(
                kwargs, parse, mode, root_relative, retry_post, timeout, operation, authenticated, extra
            )
        except FieldNationError as exc:
            self._on_error(exc)
            raise

    def _request(
        self,
        kwargs: dict[str, Any],
        parse: Parse[T],
        mode: Any,
        root_relative: bool,
        retry_post: bool | None,
        timeout: Any,
        operation: str,
        authenticated: bool | None,
        extra: dict[str, Any],
    ) -> T:
        if authenticated is None:
            authenticated = not root_relative
        refreshed = False
        while True:
            token = self._auth.get(self._fetch_token) if authenticated else None
            try:
                response, attempts = self._send(
                    kwargs,
                    root_relative=root_relative,
                    token=token,
                    retry_post=retry_post,
                    timeout=timeout,
                    extra=extra,
                    stream=mode == "stream",
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
            if mode is not None:
                from ._response import APIResponse

                return APIResponse(
                    response,
                    lambda r: self._parse(r, parse, operation),
                    operation=operation,
                    attempts=attempts,
                )  # type: ignore[return-value]
            return self._parse(response, parse, operation)

    def _send(
        self,
        kwargs: dict[str, Any],
        *,
        root_relative: bool,
        token: str | None,
        retry_post: bool | None,
        timeout: Any,
        extra: dict[str, Any],
        stream: bool = False,
    ) -> tuple[httpx.Response, list[Attempt]]:
        retryable = self._retryable(kwargs["method"], retry_post)
        limit = extra.get("max_retries")
        max_retries = self.max_retries if limit is None else limit
        attempts: list[Attempt] = []
        while True:
            request = self._build(self._http, kwargs, root_relative, token, timeout, extra)
            self._before(request)
            started = time.perf_counter()
            try:
                response = self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                delay = self._retry_after_error(exc, request, attempts, retryable, max_retries)
                if delay is not None:
                    self._sleep(delay)
                    continue
                raise self._transport_error(exc, request, attempts) from _scrubbed(exc)
            attempts.append(
                Attempt(
                    len(attempts) + 1, status_code=response.status_code, seconds=time.perf_counter() - started
                )
            )
            self._log_attempt(request, response, len(attempts), started)
            self._after(response)
            if response.is_success:
                if not stream:
                    try:
                        response.read()
                    finally:
                        response.close()
                return response, attempts
            delay = self._retry_after_status(response, request, attempts, retryable, max_retries)
            if delay is not None:
                response.close()
                self._sleep(delay)
                continue
            try:
                response.read()
            finally:
                response.close()
            raise error_for_response(response, attempts=attempts)

    # -- generic requests: any path, with the client's auth, retries and errors --------------
    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: type[M],
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: None = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    def get(
        self,
        path: str,
        *,
        cast_to: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        """``GET path`` (relative to the base URL; from the host root with ``root_relative``),
        decoded into ``cast_to`` (a model class) or returned as JSON."""
        return self._generic("GET", path, cast_to, params, None, headers, timeout, root_relative)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: type[M],
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: None = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    def post(
        self,
        path: str,
        *,
        cast_to: Any = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        """``POST path`` with a JSON ``body`` (a model or plain data)."""
        return self._generic("POST", path, cast_to, params, body, headers, timeout, root_relative)

    @overload
    def put(
        self,
        path: str,
        *,
        cast_to: type[M],
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    def put(
        self,
        path: str,
        *,
        cast_to: None = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    def put(
        self,
        path: str,
        *,
        cast_to: Any = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        """``PUT path`` with a JSON ``body``."""
        return self._generic("PUT", path, cast_to, params, body, headers, timeout, root_relative)

    @overload
    def delete(
        self,
        path: str,
        *,
        cast_to: type[M],
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    def delete(
        self,
        path: str,
        *,
        cast_to: None = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    def delete(
        self,
        path: str,
        *,
        cast_to: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        """``DELETE path``."""
        return self._generic("DELETE", path, cast_to, params, None, headers, timeout, root_relative)

    def _generic(
        self,
        method: str,
        path: str,
        cast_to: Any,
        params: Query | None,
        body: Any,
        headers: Headers | None,
        timeout: Any,
        root_relative: bool,
    ) -> Any:
        from ._models import encode

        kwargs: dict[str, Any] = {
            "method": method,
            "url": path,
            "params": dict(params or {}),
            "headers": dict(headers or {}),
        }
        if body is not None:
            kwargs["json"] = encode(body)
        return self.request(
            kwargs,
            _caster(cast_to),
            root_relative=root_relative,
            timeout=timeout,
            operation=f"{method} {path}",
            authenticated=True,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    """Asyncio client over one ``httpx.AsyncClient``."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        super().__init__(custom_http_client=http_client is not None, **options)
        if http_client is None:  # our own pool carries the default headers itself (cheaper per call)
            self._http = httpx.AsyncClient(
                timeout=self.timeout or _default_timeout(None), headers=self.default_headers
            )
            self._send_defaults = {}
        else:
            self._http = http_client
            self._send_defaults = {
                k: v for k, v in self.default_headers.items() if not _user_set(http_client, k)
            }
        self._auth = AsyncTokenManager(self._initial_token, self.credentials)
        self._sleep: Callable[[float], Awaitable[None]] = _async_sleep

    def with_options(
        self: C,
        *,
        max_retries: int = NOT_GIVEN,
        timeout: float | httpx.Timeout | None = NOT_GIVEN,
        headers: Mapping[str, str] | None = NOT_GIVEN,
        strict: bool = NOT_GIVEN,
        retry_post: bool = NOT_GIVEN,
    ) -> C:
        """This client with other options (same connections and token); see the sync twin."""
        return self._with(
            max_retries=max_retries, timeout=timeout, headers=headers, strict=strict, retry_post=retry_post
        )

    async def _fetch_token(self, body: dict[str, Any]) -> dict[str, Any]:
        kwargs = {"method": "POST", "url": TOKEN_PATH, "json": body}
        logger.debug("requesting a token (grant %s)", body.get("grant_type"))
        response, _ = await self._send(
            kwargs, root_relative=True, token=None, retry_post=True, timeout=None, extra={}
        )
        return self._parse(response, _token_body, "generate_access_token")

    async def access_token(self) -> str | None:
        """The token requests carry now (obtained or renewed first when needed)."""
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
        authenticated: bool | None = None,
        **extra: Any,
    ) -> T:
        """Send one operation's request with auth and retries; parse the success."""
        mode = MODE.get()
        if mode is not None:
            MODE.set(None)
        try:
            return await self._request(
                kwargs, parse, mode, root_relative, retry_post, timeout, operation, authenticated, extra
            )
        except FieldNationError as exc:
            self._on_error(exc)
            raise

    async def _request(
        self,
        kwargs: dict[str, Any],
        parse: Parse[T],
        mode: Any,
        root_relative: bool,
        retry_post: bool | None,
        timeout: Any,
        operation: str,
        authenticated: bool | None,
        extra: dict[str, Any],
    ) -> T:
        if authenticated is None:
            authenticated = not root_relative
        refreshed = False
        while True:
            token = await self._auth.get(self._fetch_token) if authenticated else None
            try:
                response, attempts = await self._send(
                    kwargs,
                    root_relative=root_relative,
                    token=token,
                    retry_post=retry_post,
                    timeout=timeout,
                    extra=extra,
                    stream=mode == "stream",
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
            if mode is not None:
                from ._response import AsyncAPIResponse

                return AsyncAPIResponse(
                    response,
                    lambda r: self._parse(r, parse, operation),
                    operation=operation,
                    attempts=attempts,
                )  # type: ignore[return-value]
            return self._parse(response, parse, operation)

    async def _send(
        self,
        kwargs: dict[str, Any],
        *,
        root_relative: bool,
        token: str | None,
        retry_post: bool | None,
        timeout: Any,
        extra: dict[str, Any],
        stream: bool = False,
    ) -> tuple[httpx.Response, list[Attempt]]:
        retryable = self._retryable(kwargs["method"], retry_post)
        limit = extra.get("max_retries")
        max_retries = self.max_retries if limit is None else limit
        attempts: list[Attempt] = []
        while True:
            request = self._build(self._http, kwargs, root_relative, token, timeout, extra)
            self._before(request)
            started = time.perf_counter()
            try:
                response = await self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                delay = self._retry_after_error(exc, request, attempts, retryable, max_retries)
                if delay is not None:
                    await self._sleep(delay)
                    continue
                raise self._transport_error(exc, request, attempts) from _scrubbed(exc)
            attempts.append(
                Attempt(
                    len(attempts) + 1, status_code=response.status_code, seconds=time.perf_counter() - started
                )
            )
            self._log_attempt(request, response, len(attempts), started)
            self._after(response)
            if response.is_success:
                if not stream:
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
                return response, attempts
            delay = self._retry_after_status(response, request, attempts, retryable, max_retries)
            if delay is not None:
                await response.aclose()
                await self._sleep(delay)
                continue
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise error_for_response(response, attempts=attempts)

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: type[M],
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: None = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    async def get(
        self,
        path: str,
        *,
        cast_to: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        """``GET path``; see the sync twin."""
        return await self._generic("GET", path, cast_to, params, None, headers, timeout, root_relative)

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: type[M],
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: None = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    async def post(
        self,
        path: str,
        *,
        cast_to: Any = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        return await self._generic("POST", path, cast_to, params, body, headers, timeout, root_relative)

    @overload
    async def put(
        self,
        path: str,
        *,
        cast_to: type[M],
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    async def put(
        self,
        path: str,
        *,
        cast_to: None = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    async def put(
        self,
        path: str,
        *,
        cast_to: Any = None,
        body: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        return await self._generic("PUT", path, cast_to, params, body, headers, timeout, root_relative)

    @overload
    async def delete(
        self,
        path: str,
        *,
        cast_to: type[M],
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> M: ...
    @overload
    async def delete(
        self,
        path: str,
        *,
        cast_to: None = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any: ...
    async def delete(
        self,
        path: str,
        *,
        cast_to: Any = None,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: float | httpx.Timeout | None = None,
        root_relative: bool = False,
    ) -> Any:
        return await self._generic("DELETE", path, cast_to, params, None, headers, timeout, root_relative)

    async def _generic(
        self,
        method: str,
        path: str,
        cast_to: Any,
        params: Query | None,
        body: Any,
        headers: Headers | None,
        timeout: Any,
        root_relative: bool,
    ) -> Any:
        from ._models import encode

        kwargs: dict[str, Any] = {
            "method": method,
            "url": path,
            "params": dict(params or {}),
            "headers": dict(headers or {}),
        }
        if body is not None:
            kwargs["json"] = encode(body)
        return await self.request(
            kwargs,
            _caster(cast_to),
            root_relative=root_relative,
            timeout=timeout,
            operation=f"{method} {path}",
            authenticated=True,
        )

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _scrubbed(exc: BaseException) -> BaseException:
    """The httpx exception as a cause, with its message and request URL scrubbed."""
    exc.args = tuple(redact(str(a)) if isinstance(a, str) else a for a in exc.args)
    return exc

"""Raw and streamed answers: ``client.<group>.with_raw_response.<operation>(...)`` and
``with_streaming_response``, after openai-python. The answer's status, headers and request id
are there before (or instead of) decoding; ``parse()`` gives what the plain call returns.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

if TYPE_CHECKING:
    from ._retry import Attempt

P = ParamSpec("P")
R = TypeVar("R")

from ._mode import MODE

REQUEST_ID_HEADERS = frozenset({b"x-correlation-id", b"correlation-id", b"x-request-id", b"request-id"})


def request_id(response: httpx.Response, body: Any = None) -> str | None:
    """The id to quote to support: a correlation/request id header, else the body's
    ``correlation_id`` (the API puts one in many answers and error bodies)."""
    for name, header in response.headers.raw:  # one pass, no per-name lookups
        if name.lower() in REQUEST_ID_HEADERS and header:
            return header.decode("latin-1")
    if isinstance(body, dict):
        value = body.get("correlation_id") or body.get("request_id")
        if isinstance(value, (str, int)) and value != "":
            return str(value)
    return None


class _BaseAPIResponse(Generic[R]):
    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response], R],
        *,
        operation: str,
        attempts: list[Attempt],
    ) -> None:
        self.http_response = response
        self._parse_fn = parse
        self.operation = operation
        self.attempts = attempts
        """Every attempt the call made (retries included), oldest first."""
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def retries_taken(self) -> int:
        return max(0, len(self.attempts) - 1)

    @property
    def request_id(self) -> str | None:
        return request_id(self.http_response)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation} [{self.status_code}]>"


class APIResponse(_BaseAPIResponse[R]):
    """A raw (or streamed) answer of a blocking client."""

    def parse(self) -> R:
        """What the plain call returns, decoded once (reads a streamed body first)."""
        if not self._parsed:
            self.http_response.read()
            self._parsed.append(self._parse_fn(self.http_response))
        return self._parsed[0]

    def read(self) -> bytes:
        return self.http_response.read()

    def text(self) -> str:
        self.http_response.read()
        return self.http_response.text

    def json(self) -> Any:
        self.http_response.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """A raw (or streamed) answer of the asyncio client."""

    async def parse(self) -> R:
        if not self._parsed:
            await self.http_response.aread()
            self._parsed.append(self._parse_fn(self.http_response))
        return self._parsed[0]

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.http_response.aread()
        return self.http_response.text

    async def json(self) -> Any:
        await self.http_response.aread()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    async def close(self) -> None:
        await self.http_response.aclose()


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` returning the raw answer (status, headers, ``parse()``) instead of models."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = MODE.set("raw")
        try:
            return cast("APIResponse[R]", func(*args, **kwargs))
        finally:
            MODE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        token = MODE.set("raw")
        try:
            return cast("AsyncAPIResponse[R]", await func(*args, **kwargs))
        finally:
            MODE.reset(token)

    return wrapped


class _Streamed(AbstractContextManager[APIResponse[R]]):
    def __init__(self, call: Callable[[], R]) -> None:
        self._call = call
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        token = MODE.set("stream")
        try:
            self._response = cast("APIResponse[R]", self._call())
        finally:
            MODE.reset(token)
        return self._response

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()


class _AsyncStreamed(AbstractAsyncContextManager[AsyncAPIResponse[R]]):
    def __init__(self, call: Callable[[], Awaitable[R]]) -> None:
        self._call = call
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        token = MODE.set("stream")
        try:
            self._response = cast("AsyncAPIResponse[R]", await self._call())
        finally:
            MODE.reset(token)
        return self._response

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, AbstractContextManager[APIResponse[R]]]:
    """``func`` as a context manager over the unread answer (the body is read on demand)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AbstractContextManager[APIResponse[R]]:
        return _Streamed(lambda: func(*args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AbstractAsyncContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AbstractAsyncContextManager[AsyncAPIResponse[R]]:
        return _AsyncStreamed(lambda: func(*args, **kwargs))

    return wrapped

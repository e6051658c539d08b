"""When to retry and how long to wait: exponential backoff with jitter, honoring Retry-After.

What is retried (up to ``max_retries``):
- a request that never reached the server (connection refused, DNS, connect or pool timeout),
  whatever its method: nothing was done, so sending it again is safe;
- 429, 502, 503 and 504 answers and lost answers (read timeouts, resets) for idempotent
  methods, plus 408 and 500 for them; POST only with ``retry_post=True``.
Every attempt is recorded (:class:`Attempt`) and carried by the error raised at the end.
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_STATUSES

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE"})
IDEMPOTENT_RETRY_STATUSES = frozenset({408, 500})
"""Also retried for idempotent methods (as openai-python does)."""
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class Attempt:
    """One try of a request: its answer's status, or the transport error that ended it.

    Attributes:
        number: 1 for the first try.
        status_code: The answer's status, or None when there was no answer.
        error: The transport error's name (``ReadTimeout``, ``ConnectError``...).
        sent: False when the request never reached the server (safe to send again).
        seconds: How long the try took.
    """

    __slots__ = ("error", "number", "seconds", "sent", "status_code")

    def __init__(
        self,
        number: int,
        status_code: int | None = None,
        error: str | None = None,
        sent: bool = True,
        seconds: float = 0.0,
    ) -> None:
        self.number = number
        self.status_code = status_code
        self.error = error
        self.sent = sent
        self.seconds = seconds

    def __repr__(self) -> str:
        return f"Attempt({self})"

    def __str__(self) -> str:
        if self.status_code is not None:
            return f"{self.number}: {self.status_code}"
        return f"{self.number}: {self.error}" + ("" if not self.sent else " (sent; the answer was lost)")


def never_sent(exc: BaseException) -> bool:
    return isinstance(exc, NEVER_SENT)


def method_is_retryable(method: str, retry_post: bool) -> bool:
    """A POST may create twice, so it is retried only when the caller opts in."""
    return method.upper() in IDEMPOTENT_METHODS or retry_post


def status_is_retryable(status_code: int, method: str = "GET") -> bool:
    if status_code in RETRY_STATUSES:
        return True
    return status_code in IDEMPOTENT_RETRY_STATUSES and method.upper() in IDEMPOTENT_METHODS


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked us to wait (delta-seconds or HTTP-date), if any."""
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value) if value else None
    if parsed is None:
        return None
    return max(0.0, parsed.timestamp() - time.time())


def backoff_delay(attempt: int, response: httpx.Response | None = None) -> float | None:
    """Delay before retry number ``attempt`` (0-based); None when Retry-After is too long."""
    asked = retry_after(response)
    if asked is not None:
        return asked if asked <= MAX_RETRY_AFTER else None
    delay: float = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto

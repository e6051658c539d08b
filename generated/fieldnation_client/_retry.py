"""When to retry and how long to wait: exponential backoff with jitter, honoring Retry-After."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_STATUSES

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE"})


def method_is_retryable(method: str, retry_post: bool) -> bool:
    """A POST may create twice, so it is retried only when the caller opts in."""
    return method.upper() in IDEMPOTENT_METHODS or retry_post


def status_is_retryable(status_code: int) -> bool:
    return status_code in RETRY_STATUSES


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

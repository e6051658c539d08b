"""Scrub secrets from text: URLs, JSON/form bodies, reprs and log records.

The API takes the token as the ``access_token`` query parameter, so any message that quotes a
URL would leak it; everything that leaves the client as text passes through :func:`redact`.
"""

from __future__ import annotations

import functools
import logging
import re

SECRET_NAMES = ("access_token", "refresh_token", "client_secret", "password")
MASK = "***"
_NAMES = "|".join(SECRET_NAMES)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled on first use: most runs never scrub anything, and compiling at import cost
    ~1 ms of every client's start."""
    return (
        # query strings and form bodies: access_token=abc
        re.compile(rf"(?i)(\b(?:{_NAMES})=)[^&\s'\"#)]+"),
        # JSON: "password": "abc"
        re.compile(rf'(?i)("(?:{_NAMES})"\s*:\s*")(?:[^"\\]|\\.)*(")'),
        # Python reprs: 'password': 'abc' or password='abc'
        re.compile(rf"(?i)('(?:{_NAMES})'\s*:\s*')[^']*(')"),
        re.compile(rf"(?i)(\b(?:{_NAMES})=')[^']*(')"),
        # Authorization: Bearer abc (a header line), or "Bearer <token>" where the word is token-like
        re.compile(r"(?i)(authorization:\s*bearer\s+)\S+"),
        re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9\-._~+/]{16,}=*"),
    )


def redact(text: str) -> str:
    """``text`` with every secret value replaced by ``***``."""
    for pattern in _patterns():
        text = pattern.sub(lambda m: m.group(1) + MASK + (m.group(2) if m.re.groups > 1 else ""), text)
    return text


class RedactingFilter(logging.Filter):
    """Scrubs the formatted message of every record passing through a logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = RedactingFilter()


def install_log_filter() -> None:
    """Attach the filter to the loggers that print request URLs (idempotent)."""
    for name in ("httpx", "httpcore", "fieldnation_client"):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)

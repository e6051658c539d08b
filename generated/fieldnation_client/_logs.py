"""``FIELDNATION_LOG=debug|info``: log every attempt and retry to stderr, secrets scrubbed.

``info`` logs one line per attempt (method, URL, status, time) and per retry (why, how long
the wait); ``debug`` adds the request headers, the kept raw values of answers that differ from
the spec, and the token requests. Everything goes through the redacting filter first.
"""

from __future__ import annotations

import logging
import os

from ._redact import install_log_filter

logger = logging.getLogger("fieldnation_client")
ENV = "FIELDNATION_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_handler: logging.Handler | None = None


def setup_logging() -> None:
    """Apply ``FIELDNATION_LOG`` (once per process; an unknown value is ignored)."""
    global _handler
    install_log_filter()
    level = _LEVELS.get(os.environ.get(ENV, "").strip().lower())
    if level is None:
        return
    if _handler is None:
        _handler = logging.StreamHandler()
        _handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(_handler)
    logger.setLevel(level)

"""Which answer a call returns: models (None), the raw answer, or the unread streamed one."""

from __future__ import annotations

import contextvars
from typing import Literal

Mode = Literal["raw", "stream"]

MODE: contextvars.ContextVar[Mode | None] = contextvars.ContextVar("fieldnation_response_mode", default=None)
"""Set by the ``with_raw_response``/``with_streaming_response`` wrappers around one call;
read (and cleared) by the request loop."""

"""JSON bytes for stored documents and answers: orjson's speed, integers of any size exact.

orjson refuses to encode integers beyond 64 bits and decodes them as floats; a body may
legitimately carry one (the request parser keeps them exact), so both directions fall back to
the standard library exactly when such an integer is present.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_LONG_INT = re.compile(rb"[0-9]{19,}")


def dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:  # an integer beyond 64 bits
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def loads(raw: bytes) -> Any:
    value = orjson.loads(raw)
    if _LONG_INT.search(raw):
        return json.loads(raw)
    return value

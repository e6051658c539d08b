"""JSON bytes for stored documents and answers: orjson's speed, integers of any size exact.

orjson refuses to encode integers beyond 64 bits and decodes them as floats; a body may
legitimately carry one (the request parser keeps them exact). Such a value is encoded by the
standard library instead, behind one leading space (still valid JSON, wherever the bytes go),
so that reading it back knows in O(1) which decoder keeps it exact.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_EXACT = b" "


def dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:  # an integer beyond 64 bits
        return _EXACT + json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def loads(raw: bytes) -> Any:
    if raw[:1] == _EXACT:
        return json.loads(raw)
    return orjson.loads(raw)

"""The API's answers (sandbox.app._json, built without Starlette's Response constructor) carry
exactly what Starlette's Response would: status, body, and the same headers in the same
order."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.responses import Response

from sandbox import jsoncodec
from sandbox.app import _json

STATUSES = [200, 201, 202, 204, 304, 400, 401, 404, 405, 409, 422, 429, 500]
BODIES: list[Any] = [None, {"id": 1001, "title": "café"}, [], {"big": 2**70}, "text", 0]
HEADERS: list[dict[str, str] | None] = [
    None,
    {},
    {"Allow": "GET, POST"},
    {"Retry-After": "3", "X-Thing": "1"},
    {"Content-Type": "application/problem+json"},
    {"content-length": "0"},
]


def starlette(status: int, body: Any, headers: dict[str, str] | None) -> Response:
    """The answer as the sandbox built it with Starlette's Response."""
    if body is None or status == 204:
        return Response(status_code=status, headers=headers)
    content = jsoncodec.dumps(body)
    return Response(content, status_code=status, media_type="application/json", headers=headers)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("headers", HEADERS)
def test_same_answer_as_starlette(status: int, body: Any, headers: dict[str, str] | None) -> None:
    ours = _json(status, body, headers)
    theirs = starlette(status, body, headers)
    assert ours.status_code == theirs.status_code
    assert ours.body == theirs.body
    assert ours.raw_headers == theirs.raw_headers
    assert ours.background is None
    assert dict(ours.headers) == dict(theirs.headers)

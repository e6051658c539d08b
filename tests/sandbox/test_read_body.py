"""The request body as the sandbox reads it (sandbox.app._read_limited, straight from the ASGI
messages): every chunk in order, a 400 past the limit, a disconnect raised."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.requests import ClientDisconnect, Request

from sandbox import app as sandbox_app
from sandbox.errors import ApiError


def _read(messages: list[dict[str, Any]], headers: tuple[tuple[bytes, bytes], ...] = ()) -> bytes:
    queue = list(messages)

    async def receive() -> dict[str, Any]:
        return queue.pop(0)

    scope = {"type": "http", "method": "POST", "headers": list(headers), "query_string": b""}
    return asyncio.run(sandbox_app._read_limited(Request(scope, receive)))


def _body(data: bytes, more: bool) -> dict[str, Any]:
    return {"type": "http.request", "body": data, "more_body": more}


def test_chunks_are_joined_in_order() -> None:
    assert _read([_body(b"ab", True), _body(b"", True), _body(b"cd", False)]) == b"abcd"
    assert _read([_body(b"one", False)]) == b"one"
    assert _read([{"type": "http.request"}]) == b""


def test_a_body_past_the_limit_is_a_400(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_app, "MAX_BODY", 4)
    with pytest.raises(ApiError) as raised:
        _read([_body(b"abc", True), _body(b"de", False)])
    assert raised.value.status == 400
    with pytest.raises(ApiError):
        _read([], headers=((b"content-length", b"5"),))  # refused before reading


def test_a_disconnect_is_raised() -> None:
    with pytest.raises(ClientDisconnect):
        _read([_body(b"ab", True), {"type": "http.disconnect"}])

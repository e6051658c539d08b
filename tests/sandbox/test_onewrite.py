"""A response's head and body leave in one write (sandbox.onewrite), and nothing is lost,
reordered or held back: unit tests of the transport with a fake one below it, then uvicorn
with the sandbox's protocol on a real socket, counting the writes that reach the transport."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import uvicorn

from sandbox.onewrite import OneWriteTransport, holds
from sandbox.protocol import GuardedHttpToolsProtocol
from sandbox.server import free_port, settings

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n"
CHUNKED_HEAD = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


class FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, bytes]] = []
        self.closing = False

    def write(self, data: Any) -> None:
        self.calls.append(("write", bytes(data)))

    def close(self) -> None:
        self.calls.append(("close", b""))
        self.closing = True

    def abort(self) -> None:
        self.calls.append(("abort", b""))
        self.closing = True

    def is_closing(self) -> bool:
        return self.closing

    def get_write_buffer_size(self) -> int:
        return 0


def _pair() -> tuple[OneWriteTransport, FakeTransport]:
    fake = FakeTransport()
    return OneWriteTransport(fake), fake


def test_a_head_with_a_length_goes_out_with_its_body() -> None:
    one, fake = _pair()
    one.write(HEAD)
    assert fake.calls == [] and one.held
    assert one.get_write_buffer_size() == len(HEAD)
    one.write(b"{}")
    assert fake.calls == [("write", HEAD + b"{}")] and not one.held


def test_later_body_chunks_pass_straight_through() -> None:
    one, fake = _pair()
    for data in (HEAD, b"{", b"}"):
        one.write(data)
    assert fake.calls == [("write", HEAD + b"{"), ("write", b"}")]


@pytest.mark.parametrize("data", [CHUNKED_HEAD, CONTINUE, b"HTTP/1.1 101 Switching\r\n\r\n"])
def test_heads_without_a_length_and_interim_answers_are_not_held(data: bytes) -> None:
    one, fake = _pair()
    one.write(data)
    assert fake.calls == [("write", data)] and not one.held


@pytest.mark.parametrize(
    "data",
    [
        b"{}",
        HEAD + b"{}",  # a head with its body already: nothing to wait for
        b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n",  # not a whole head
        bytearray(HEAD),
        HEAD.replace(b"HTTP/1.1", b"HTTP/1.0"),
    ],
)
def test_anything_but_a_whole_response_head_passes(data: bytes) -> None:
    one, fake = _pair()
    one.write(data)
    assert fake.calls == [("write", bytes(data))]


def test_holds_only_a_final_head_with_a_length() -> None:
    assert holds(HEAD)
    assert holds(b"HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n\r\n")
    assert not holds(b"HTTP/1.1 204 No Content\r\ndate: x\r\n\r\n")
    assert not holds(CHUNKED_HEAD)
    assert not holds(CONTINUE)


def test_flush_sends_a_held_head_alone() -> None:
    one, fake = _pair()
    one.flush()
    assert fake.calls == []
    one.write(HEAD)
    one.flush()
    assert fake.calls == [("write", HEAD)]
    one.flush()
    assert fake.calls == [("write", HEAD)]


def test_close_writes_what_is_held_first() -> None:
    one, fake = _pair()
    one.write(HEAD)
    one.close()
    assert fake.calls == [("write", HEAD), ("close", b"")]
    assert one.is_closing()


def test_abort_and_discard_drop_what_is_held() -> None:
    one, fake = _pair()
    one.write(HEAD)
    one.abort()
    assert fake.calls == [("abort", b"")]
    one, fake = _pair()
    one.write(HEAD)
    one.discard()
    one.close()
    assert fake.calls == [("close", b"")]


# -- uvicorn with the sandbox's protocol, on a real socket --------------------------------

WRITES: list[bytes] = []
"""What reached the real transport, one item per write."""


class _Recorder:
    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport

    def write(self, data: bytes) -> None:
        WRITES.append(bytes(data))
        self._transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


PAUSES: list[bool] = []
"""The flow control's pause_writing (True) and resume_writing (False) calls, in order."""


class RecordingProtocol(GuardedHttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._one_write._transport = _Recorder(transport)  # type: ignore[assignment]
        # a small kernel buffer, so that a large answer backs up in the transport's own
        sock = transport.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 16 * 1024)

    def pause_writing(self) -> None:
        PAUSES.append(True)
        super().pause_writing()

    def resume_writing(self) -> None:
        PAUSES.append(False)
        super().resume_writing()


BODY = b'{"id":1001}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    assert scope["type"] == "http"
    size, more = 0, True
    while more:
        message = await receive()
        size += len(message.get("body", b""))
        more = message.get("more_body", False)
    path = scope["path"]
    if path == "/empty":
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    if path == "/stream":  # no length: chunked, the head must not wait for the body
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"one", "more_body": True})
        await send({"type": "http.response.body", "body": b"two"})
        return
    if path == "/big":  # past the transport's high-water mark: writes pause and drain
        chunk = b"x" * (256 * 1024)
        length = b"%d" % (4 * len(chunk))
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-length", length)]}
        )
        for last in (False, False, False, True):
            await send({"type": "http.response.body", "body": chunk, "more_body": not last})
        return
    body = b'{"size":%d}' % size if path == "/upload" else BODY
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    port = free_port()
    config = uvicorn.Config(
        app, **settings(http=RecordingProtocol, port=port, log_level="error", lifespan="off")
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def connection(port: int) -> Iterator[socket.socket]:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        yield sock


def read_response(sock: socket.socket, buffer: bytearray, *, head_only: bool = False) -> bytes:
    """One whole response from ``sock`` (by its Content-Length), leaving the rest in
    ``buffer``."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        assert chunk, f"connection closed after {bytes(buffer)!r}"
        buffer += chunk
    end = buffer.index(b"\r\n\r\n") + 4
    length = 0
    for line in bytes(buffer[:end]).split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    total = end + (0 if head_only else length)
    while len(buffer) < total:
        chunk = sock.recv(65536)
        assert chunk, "connection closed inside a body"
        buffer += chunk
    response = bytes(buffer[:total])
    del buffer[:total]
    return response


def _wait_for_writes(count: int) -> list[bytes]:
    deadline = time.monotonic() + 5
    while len(WRITES) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return list(WRITES)


def test_each_get_on_a_keep_alive_connection_is_one_write(port: int) -> None:
    WRITES.clear()
    buffer = bytearray()
    with connection(port) as sock:
        for _ in range(3):
            sock.sendall(b"GET /item HTTP/1.1\r\nhost: x\r\n\r\n")
            response = read_response(sock, buffer)
            assert response.startswith(b"HTTP/1.1 200 OK\r\n")
            assert response.endswith(b"\r\n\r\n" + BODY)
    writes = _wait_for_writes(3)
    assert len(writes) == 3
    assert all(
        write.startswith(b"HTTP/1.1 200 OK\r\n") and write.endswith(BODY) for write in writes
    )


def test_head_answers_its_head_alone(port: int) -> None:
    WRITES.clear()
    buffer = bytearray()
    with connection(port) as sock:
        sock.sendall(b"HEAD /item HTTP/1.1\r\nhost: x\r\n\r\n")
        head = read_response(sock, buffer, head_only=True)
        assert head.startswith(b"HTTP/1.1 200 OK\r\n")
        assert b"content-length: %d\r\n" % len(BODY) in head
        sock.sendall(b"GET /item HTTP/1.1\r\nhost: x\r\n\r\n")  # the connection goes on
        assert read_response(sock, buffer).endswith(BODY)
        assert buffer == b""
    assert _wait_for_writes(2)[0] == head


def test_expect_100_continue(port: int) -> None:
    WRITES.clear()
    buffer = bytearray()
    with connection(port) as sock:
        sock.sendall(
            b"POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: 5\r\nexpect: 100-continue\r\n\r\n"
        )
        assert read_response(sock, buffer, head_only=True) == CONTINUE  # not held back
        sock.sendall(b"hello")
        response = read_response(sock, buffer)
    assert response.startswith(b"HTTP/1.1 200 OK\r\n")
    assert response.endswith(b'{"size":5}')
    assert _wait_for_writes(2) == [CONTINUE, response]


def test_pipelined_requests_are_answered_in_order(port: int) -> None:
    WRITES.clear()
    buffer = bytearray()
    requests = [
        b"GET /item HTTP/1.1\r\nhost: x\r\n\r\n",
        b"POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: 3\r\n\r\nabc",
        b"HEAD /item HTTP/1.1\r\nhost: x\r\n\r\n",
        b"GET /empty HTTP/1.1\r\nhost: x\r\n\r\n",
        b"GET /item HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    ]
    with connection(port) as sock:
        sock.sendall(b"".join(requests))
        answers = [
            read_response(sock, buffer),
            read_response(sock, buffer),
            read_response(sock, buffer, head_only=True),
            read_response(sock, buffer),
            read_response(sock, buffer),
        ]
        assert sock.recv(100) == b""  # closed after the last, with nothing more
    assert answers[0].endswith(BODY)
    assert answers[1].endswith(b'{"size":3}')
    assert answers[2].startswith(b"HTTP/1.1 200 OK\r\n") and answers[2].endswith(b"\r\n\r\n")
    assert answers[3].startswith(b"HTTP/1.1 204 No Content\r\n")
    assert answers[4].endswith(BODY) and b"connection: close\r\n" in answers[4]
    writes = _wait_for_writes(len(answers))
    assert b"".join(writes) == b"".join(answers)
    assert [w for w in writes if w] == answers  # one write each (an empty 204 body aside)


def test_a_streamed_answer_sends_its_head_at_once(port: int) -> None:
    WRITES.clear()
    buffer = bytearray()
    with connection(port) as sock:
        sock.sendall(b"GET /stream HTTP/1.1\r\nhost: x\r\n\r\n")
        while not buffer.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            assert chunk
            buffer += chunk
    assert b"transfer-encoding: chunked" in buffer and b"3\r\none\r\n3\r\ntwo\r\n" in buffer
    writes = _wait_for_writes(3)
    assert writes[0].endswith(b"\r\n\r\n") and len(writes) == 3


def test_a_large_answer_to_a_slow_reader_arrives_whole(port: int) -> None:
    """Flow control as before: the transport's buffer fills, writing pauses until it drains."""
    WRITES.clear()
    PAUSES.clear()
    buffer = bytearray()
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)  # a small window
        sock.settimeout(5)
        sock.connect(("127.0.0.1", port))
        sock.sendall(b"GET /big HTTP/1.1\r\nhost: x\r\n\r\n")
        time.sleep(0.3)  # the server's writes back up meanwhile
        response = read_response(sock, buffer)
        sock.sendall(b"GET /item HTTP/1.1\r\nhost: x\r\n\r\n")  # and the connection goes on
        assert read_response(sock, buffer).endswith(BODY)
    head, body = response.split(b"\r\n\r\n", 1)
    assert head.startswith(b"HTTP/1.1 200 OK") and body == b"x" * (1024 * 1024)
    writes = _wait_for_writes(5)
    assert b"".join(writes[:4]) == response
    assert len(writes[0]) == len(head) + 4 + 256 * 1024  # the head went with the first chunk
    assert PAUSES[:2] == [True, False]

"""uvicorn's httptools protocol with the limits it lacks: request-head size and header count
(431), and a deadline for a request head to arrive (a connection that never finishes its
headers is closed).

httptools has no limit of its own (a 256 MiB header was accepted and parsed for minutes), and
uvicorn has no header timeout. Checking the byte count of the head per received chunk costs
little, so the sandbox keeps httptools' speed; h11 would bring a size limit but no count or
deadline, at about two-thirds the throughput.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .group_commit import IN_FLIGHT

MAX_HEAD_BYTES = 64 * 1024
"""Request line plus headers, in bytes."""
MAX_HEADERS = 100
HEAD_TIMEOUT = 10.0
"""Seconds a client has to send a whole request head, from its first byte or from connecting."""


class _TooLarge(Exception):
    pass


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    max_head_bytes = MAX_HEAD_BYTES
    max_headers = MAX_HEADERS
    head_timeout = HEAD_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True
        self._head_bytes = 0
        self._header_count = 0
        self._too_large: str | None = None
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._in_head and not self.transport.is_closing():
            self._refuse(408, "Request Timeout", "The request head did not arrive in time.")

    def _refuse(self, status: int, reason: str, msg: str) -> None:
        body = msg.encode("ascii")
        self.transport.write(
            b"HTTP/1.1 %d %s\r\ncontent-type: text/plain; charset=utf-8\r\n"
            b"content-length: %d\r\nconnection: close\r\n\r\n%s"
            % (status, reason.encode("ascii"), len(body), body)
        )
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._too_large:
            return
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)  # a callback's _TooLarge comes back as send_400_response
        over = self._in_head and self._head_bytes > self.max_head_bytes
        if over and not self.transport.is_closing():
            self._too_large = f"The request head exceeds {self.max_head_bytes} bytes."
            self._refuse(431, "Request Header Fields Too Large", self._too_large)

    def send_400_response(self, msg: str) -> None:
        if self._too_large:  # raised from our own callback: answer 431, not 400
            self._refuse(431, "Request Header Fields Too Large", self._too_large)
            return
        super().send_400_response(msg)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        # the server's requests in flight (a live set): the app groups the COMMITs of writes
        # only when others are in flight (sandbox/group_commit.py)
        self.scope[IN_FLIGHT] = self.tasks  # type: ignore[literal-required]
        self._in_head = True
        self._head_bytes = 0
        self._header_count = 0
        self._arm_head_timer()

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_head_bytes:
            self._too_large = f"The request line exceeds {self.max_head_bytes} bytes."
            raise _TooLarge

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > self.max_headers:
            self._too_large = f"More than {self.max_headers} request headers."
            raise _TooLarge
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._disarm_head_timer()
        super().on_headers_complete()

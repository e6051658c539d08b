"""uvicorn's httptools protocol with the limits it lacks: request-head size and header count
(431), and a deadline for a request head to arrive (a connection that never finishes its
headers is closed), kept with the keep-alive deadline on one timer per connection rather than
two timers armed and cancelled per request (~1.5 µs each); each response's head and body
sent in one write (sandbox.onewrite); and a moment of polling before the server sleeps
(sandbox.busypoll).

httptools has no limit of its own (a 256 MiB header was accepted and parsed for minutes), and
uvicorn has no header timeout. Checking the byte count of the head per received chunk costs
little, so the sandbox keeps httptools' speed; h11 would bring a size limit but no count or
deadline, at about two-thirds the throughput.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .busypoll import BUSY_POLL, BusyPoll, for_server
from .group_commit import IN_FLIGHT
from .onewrite import OneWriteTransport

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
    busy_poll = BUSY_POLL
    """Seconds to poll the connections before sleeping when idle (sandbox.busypoll); 0: off."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True
        self._head_bytes = 0
        self._header_count = 0
        self._too_large: str | None = None
        # Deadlines (loop time): the request head's, and the idle keep-alive connection's.
        self._head_due: float | None = None
        self._idle_due: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._busy: BusyPoll | None = None
        self._fd = -1

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)  # flow control keeps the real transport
        self.transport = self._one_write = OneWriteTransport(transport)
        self._head_due = self.loop.time() + self.head_timeout
        self._watch()
        sock = transport.get_extra_info("socket")
        if self.busy_poll > 0 and sock is not None:
            self._busy = for_server(self.server_state, self.busy_poll)
            self._fd = sock.fileno()
            self._busy.add(self._fd, self)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._busy is not None:
            self._busy.remove(self._fd, self)
            self._busy = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._head_due = self._idle_due = None
        self._one_write.discard()
        super().connection_lost(exc)

    # -- deadlines: one timer per connection, not two armed and cancelled per request -------
    def _watch(self) -> None:
        """Have the connection's timer running. It never runs longer than the shorter of the
        two timeouts, so it fires no later than any deadline set after it was armed; at each
        firing it acts on what is due and is armed again for the next deadline, if any."""
        if self._timer is None:
            self._timer = self.loop.call_later(self._longest_wait(), self._deadline)

    def _longest_wait(self) -> float:
        return max(float(min(self.head_timeout, self.timeout_keep_alive)), 0.05)

    def _deadline(self) -> None:
        self._timer = None
        if self.transport.is_closing():
            return
        now = self.loop.time() + 0.001  # the loop's timers are in milliseconds
        if self._head_due is not None and now >= self._head_due:
            self._refuse(408, "Request Timeout", "The request head did not arrive in time.")
            return
        if self._idle_due is not None and now >= self._idle_due:
            self.transport.close()  # an idle keep-alive connection (uvicorn's handler)
            return
        pending = [due for due in (self._head_due, self._idle_due) if due is not None]
        if pending:
            wait = min(min(pending) - now, self._longest_wait())
            self._timer = self.loop.call_later(max(wait, 0.001), self._deadline)

    def _unset_keepalive_if_required(self) -> None:
        """uvicorn's: called for every chunk received. The idle deadline ends when a request
        begins (on_message_begin), so bytes that begin none (empty lines) do not keep an idle
        connection open."""

    def on_response_complete(self) -> None:
        """uvicorn's, with the idle deadline instead of a timer armed per response."""
        self._one_write.flush()  # the head of an answer without a body write (HEAD, 304)
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self.flow.resume_reading()
        if self.pipeline:
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
        else:
            self._idle_due = self.loop.time() + self.timeout_keep_alive
            self._watch()
            if self._busy is not None and len(self.tasks) <= 1:  # this answer's task only
                self._busy.idle(self.loop, self.tasks)

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
        self._idle_due = None
        self._head_due = self.loop.time() + self.head_timeout
        self._watch()

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
        self._head_due = None
        super().on_headers_complete()

"""Busy polling: a server that runs out of requests polls its connections for a moment
before its event loop sleeps.

A client that waits for each answer (concurrency 1: a contract run, a script, a test) sends
its next request a few tens of µs after reading the answer. A server that sleeps in
``epoll_wait`` meanwhile pays for going idle and for waking up again: on a virtual machine the
idle vCPU halts, the wake-up is an interrupt through the hypervisor, and the request then runs
on caches that other work has cooled. Polling every connection with a zero timeout for up to
``window`` seconds first keeps the core awake for that request. Linux's ``SO_BUSY_POLL`` does
the same for a network card's queues, which loopback does not have, hence polling here.

Measured on the benchmark machine (2 vCPUs under KVM, server pinned to one core, wrk on the
other, two servers side by side): at concurrency 1 a create went from ~4,200 to ~5,200 req/s
and a get from ~8,600 to ~12,400, each using less CPU per request than before (bench/, P4).

Cost: at most ``window`` of CPU each time the server goes idle (the poll stops at the first
readable connection), nothing while requests are in flight. A new connection (the listening
socket is not polled) waits at most ``window``.
"""

from __future__ import annotations

import contextlib
import os
import select
import time
import weakref
from collections.abc import Set
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

BUSY_POLL = float(os.environ.get("SANDBOX_BUSY_POLL_US", "100")) / 1e6
"""Seconds a server polls its connections before it sleeps (``serve --busy-poll``, which
passes its value to worker processes in SANDBOX_BUSY_POLL_US)."""


class BusyPoll:
    """The connections of one server and the poll run when it goes idle."""

    def __init__(self, window: float) -> None:
        self.window = window
        self._poller = select.epoll()
        self._due = False
        self._owners: dict[int, object] = {}
        """fd -> the connection that registered it (a closed fd's number is soon reused)."""

    def add(self, fd: int, owner: object) -> None:
        """Poll connection ``owner``'s socket ``fd`` from now on (until :meth:`remove`)."""
        try:
            self._poller.register(fd, select.EPOLLIN)
        except FileExistsError:  # the number of a closed socket the kernel has not dropped
            self._poller.modify(fd, select.EPOLLIN)
        self._owners[fd] = owner

    def remove(self, fd: int, owner: object) -> None:
        """Stop polling ``fd``, unless another connection has its number by now."""
        if self._owners.get(fd) is owner:
            del self._owners[fd]
            # closed already: the kernel dropped it from the poller itself
            with contextlib.suppress(OSError):
                self._poller.unregister(fd)

    def idle(self, loop: asyncio.AbstractEventLoop, tasks: Set[asyncio.Task[None]]) -> None:
        """The server's requests in flight are ``tasks`` and none is left but the one
        answering now: poll once the loop has run what is ready, unless a request began
        meanwhile (its bytes are read already: polling would only delay it)."""
        if not self._due and self.window > 0:
            self._due = True
            loop.call_soon(self._spin, tasks)

    def _spin(self, tasks: Set[asyncio.Task[None]]) -> None:
        self._due = False
        if all(task.done() for task in tasks):
            self.poll()

    def poll(self) -> bool:
        """Poll the connections for up to ``window`` seconds; whether one became readable."""
        if not self._owners:
            return False
        poll, clock = self._poller.poll, time.perf_counter
        end = clock() + self.window
        while True:
            if poll(0):
                return True
            if clock() >= end:
                return False

    def close(self) -> None:
        self._owners.clear()
        self._poller.close()


_SERVERS: weakref.WeakKeyDictionary[object, BusyPoll] = weakref.WeakKeyDictionary()


def for_server(state: object, window: float) -> BusyPoll:
    """The busy poll of the server whose shared state (uvicorn's ``ServerState``) is
    ``state``: one per server, gone with it."""
    found = _SERVERS.get(state)
    if found is None:
        found = _SERVERS[state] = BusyPoll(window)
    return found

"""Group commit: writes that are ready in one event-loop iteration share one COMMIT.

On SQLite a commit appends every page the transaction changed to the WAL, and concurrent
creates change mostly the same pages (the last leaf of each index), so one COMMIT for the
requests that arrive together writes a fraction of the pages (in-process, a create in a
group of 16 costs ~117 µs against ~183 µs alone). Each request runs in a savepoint of the
shared transaction (:meth:`Store.member`), so a request that fails leaves the others' writes;
the COMMIT runs from a callback queued behind the requests already waiting to run, and no
member is answered before it: an answer still means the write is in the database, and a
failed COMMIT answers every member with an error (none of their writes remains). A write
that comes alone commits on its own (:meth:`GroupCommit.wanted`).

With a ``delay`` (``serve --commit-delay``; one serving process only) the group is deferred:
every light write joins it, each member is answered once its writes are in the redo log
(:mod:`sandbox.redo`), and the COMMIT comes ``delay`` seconds after the group opened (or
sooner: before any other write on this connection, before a request goes to a thread, when
the group's redo records pass MAX_BATCH_BYTES, at shutdown). At concurrency 1 that is the
only way writes share a COMMIT: the next request arrives only after the answer.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from .errors import ApiError
from .store import Store

log = logging.getLogger("sandbox")
MAX_BATCH_BYTES = 1 << 20
"""Redo bytes after which a deferred group commits without waiting for its delay."""
IN_FLIGHT = "sandbox.in_flight"
"""ASGI scope key: the server's requests in flight, a live collection (sandbox/protocol.py)."""


class GroupCommit:
    """The open group of each event loop's thread (its connection is the thread's own)."""

    def __init__(self, store: Store, delay: float = 0.0) -> None:
        self.store = store
        self.delay = delay
        """Seconds a deferred group stays open (0: groups are not deferred)."""
        if delay > 0:
            store.defer_commits()
        self._broken = False
        self._local = threading.local()
        self.groups = 0
        """Groups committed so far (with ``members``: how well writes share their COMMITs)."""
        self.members = 0

    @property
    def _waiting(self) -> list[asyncio.Future[None]]:
        waiting: list[asyncio.Future[None]] | None = getattr(self._local, "waiting", None)
        if waiting is None:
            waiting = self._local.waiting = []
        return waiting

    @property
    def deferred(self) -> bool:
        return self.delay > 0

    @property
    def broken(self) -> bool:
        """A deferred group could not be committed, replayed or undone: requests are refused
        until a restart (whose store replays every answered write)."""
        return self._broken or self.store.failed

    def open(self) -> None:
        """Have a deferred group open on this thread, committed ``delay`` seconds from now."""
        if self.broken:
            raise ApiError(503, "The sandbox could not save changes; restart it")
        if not self.store.group_open:
            self.store.begin_group(self.flush, deferred=True)
            self._local.timer = asyncio.get_running_loop().call_later(self.delay, self.flush)

    def released(self) -> asyncio.Future[None]:
        """A future resolved once the requests ready now have run (their answers then go
        out together). One per request: a request cancelled while waiting cancels its own."""
        loop = asyncio.get_running_loop()
        burst: list[asyncio.Future[None]] | None = getattr(self._local, "burst", None)
        if burst is None:
            burst = self._local.burst = []
            loop.call_soon(self._release)
        done: asyncio.Future[None] = loop.create_future()
        burst.append(done)
        return done

    def _release(self) -> None:
        burst, self._local.burst = self._local.burst, None
        for done in burst:
            if not done.done():
                done.set_result(None)

    def joined(self) -> None:
        """A member of the deferred group is done: commit now if its redo log is large."""
        self.members += 1
        if self.store.group_bytes > MAX_BATCH_BYTES:
            self.flush()

    def wanted(self, in_flight: int) -> bool:
        """Whether a write should join a group: only when others may share it (``in_flight``,
        the server's requests in flight, counts more than this one, or another write ran in
        this loop iteration). A lone writer commits on its own: waiting for a group of one
        would only add loop iterations to its answer (~20% of a create at concurrency 1)."""
        if in_flight > 1:
            return True
        local = self._local
        if not getattr(local, "counting", False):
            local.counting = True
            local.count = 0
            asyncio.get_running_loop().call_soon(self._tally)
        local.count += 1
        return bool(local.count > 1)

    def _tally(self) -> None:
        self._local.counting = False

    def join(self) -> asyncio.Future[None]:
        """Open the group unless it is open, and a future that the COMMIT resolves."""
        if not self.store.group_open:
            self.store.begin_group(self.flush)
            asyncio.get_running_loop().call_soon(self.flush)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(done)
        self.members += 1
        return done

    def flush(self) -> None:
        """Commit the open group (if any) and release its members' answers."""
        waiting = self._waiting
        self._local.waiting = []
        timer = getattr(self._local, "timer", None)
        if timer is not None:
            timer.cancel()
            self._local.timer = None
        if not self.store.group_open:
            # members without a group: their connection was closed under them (the store
            # closed at shutdown), so their writes are gone
            self._fail(waiting)
            return
        self.groups += 1
        try:
            self.store.commit_group()
        except Exception:
            if self.deferred:  # answered already: their writes are in the redo log
                self._recover()
                return
            log.exception("group commit failed; %d write request(s) answered 503", len(waiting))
            self._fail(waiting)
            return
        for done in waiting:
            if not done.done():
                done.set_result(None)

    def _recover(self) -> None:
        """A deferred group's COMMIT failed (and was rolled back): apply its members' writes
        again from the redo log; if that fails too, refuse writes until a restart (whose
        store replays them)."""
        log.exception("deferred group commit failed; replaying its redo log")
        try:
            self.store.replay()
            self.store.failed = False  # the answered writes are committed again
        except Exception:
            log.exception("replay failed; refusing requests until the sandbox is restarted")
            self._broken = True

    @staticmethod
    def _fail(waiting: list[asyncio.Future[None]]) -> None:
        for done in waiting:
            if not done.done():
                done.set_exception(
                    ApiError(503, "The sandbox could not save this change; try again")
                )

"""The redo log of deferred commits (SQLite, one serving process): what makes an answer that
comes before its COMMIT safe.

With a commit delay (``serve --commit-delay``), a write request's statements run in a shared
transaction that is committed a few milliseconds later, for all the writes of that window at
once; the request is answered as soon as its statements are appended here. A COMMIT writes
every page the transaction changed to the WAL (a create: ~16 pages, about half its cost at
concurrency 1, where no other request could share it); an append is one ``pwrite`` of the
statements and their parameters.

Each record holds one request's write statements, the number of the batch (transaction) they
belong to and the database's redo id (a random value kept in its ``meta`` table, so a redo file
left beside a replaced database is never applied to it). The COMMIT of batch N also sets
``meta.redo_batch`` to N, so after a crash (kill -9) the next process that opens the database
replays exactly the records of the batch that did not commit, in order, on the state they were
first run on (the batch held the write lock from its first statement), and never one twice.
A record torn by the crash was never answered: its checksum fails and the scan stops there.
A batch always starts writing at offset 0, so the file stays the size of one batch.
"""

from __future__ import annotations

import marshal
import os
import struct
import zlib
from collections.abc import Iterator
from typing import Any

COMMIT_DELAY = 0.020
"""Seconds ``serve`` (one worker, SQLite) lets a group of writes wait for its COMMIT by
default. At concurrency 1 a create's own COMMIT was about half its cost; 20 ms of creates
share one, and another process reading the file sees a write at most that much later (the
server's own clients see it at once). Side by side, 20 ms rather than 5 took creates at
concurrency 1 from ~4,900 to ~5,200 req/s; 50 ms added ~2% more, with COMMITs long enough
to show in the p99 (~35 ms)."""
Statement = tuple[str, tuple[Any, ...]]
_HEAD = struct.Struct("<II")
"""A record's head: the payload's length and its CRC-32."""


class RedoLog:
    """Appends the records of the open batch to ``path`` (``<db>-redo``)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None
        self.offset = 0
        """Where the next record of the open batch goes (its bytes so far)."""

    def start(self) -> None:
        """A new batch: its records overwrite the last one's, which has committed."""
        self.offset = 0

    def append(self, redo_id: str, batch: int, statements: list[Statement]) -> None:
        """Write one request's statements; raises OSError when they could not all be written
        (the request must then be undone and not answered as done)."""
        payload = marshal.dumps((redo_id, batch, statements))
        record = _HEAD.pack(len(payload), zlib.crc32(payload)) + payload
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if os.pwrite(self._fd, record, self.offset) != len(record):
            raise OSError(f"short write to {self.path}")
        self.offset += len(record)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def pending(
    path: str, redo_id: str | None, committed: int
) -> Iterator[tuple[int, list[Statement]]]:
    """The (batch, statements) records in ``path`` of this database that are newer than batch
    ``committed``, in the order they were written; the scan stops at the first record that is
    torn, belongs to another database or to an older batch (the end of the last batch)."""
    if redo_id is None:
        return
    try:
        with open(path, "rb") as file:
            data = file.read()
    except FileNotFoundError:
        return
    at = 0
    while at + _HEAD.size <= len(data):
        size, crc = _HEAD.unpack_from(data, at)
        payload = data[at + _HEAD.size : at + _HEAD.size + size]
        if len(payload) != size or zlib.crc32(payload) != crc:
            return
        try:
            owner, batch, statements = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return
        if owner != redo_id or batch <= committed:
            return
        yield batch, statements
        at += _HEAD.size + size

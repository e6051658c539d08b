"""The proxy's recorder: after an answer has been relayed, scrub the exchange, check it
against the spec, log one line and append it to the HAR file, on a thread of its own so that
the event loop only forwards."""

from __future__ import annotations

import logging
import queue
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .check import Checker
from .har import Exchange, HarWriter, to_entry
from .scrub import Scrubber, scrub_text
from .spec_index import ApiSpec

log = logging.getLogger("contract.proxy")


@dataclass
class Captured:
    exchange: Exchange
    encoding: str


class Ticket:
    """One request's claim on the recorder, settled exactly once (by the relayed answer, a
    502, or the end of the request, whichever comes first)."""

    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = False


class Recorder:
    """Scrubs, checks and writes exchanges on its own thread, off the request path."""

    def __init__(self, spec: ApiSpec, har: Path) -> None:
        self.checker = Checker(spec)
        self.writer = HarWriter(har)
        self.scrubber = Scrubber()
        self.queue: queue.Queue[Captured | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="proxy-recorder", daemon=True)
        self.thread.start()
        self.recorded = 0
        self.in_flight = 0
        self.idle = threading.Condition()

    def begin(self) -> Ticket:
        """A request arrived; ``drain`` waits for its exchange too."""
        with self.idle:
            self.in_flight += 1
        return Ticket()

    def submit(self, ticket: Ticket, item: Captured | None) -> None:
        """Queue a request's exchange (None: it ended without one); once per ticket."""
        if ticket.done:
            return
        ticket.done = True
        if item is not None:
            self.queue.put(item)
        with self.idle:
            self.in_flight -= 1
            self.idle.notify_all()

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join(timeout=30)

    def drain(self, timeout: float = 30.0) -> None:
        """Wait until every request seen so far is on disk (tests, shutdown)."""
        with self.idle:
            self.idle.wait_for(lambda: self.in_flight <= 0, timeout=timeout)
        self.queue.join()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            try:
                if item is None:
                    return
                self._record(item)
            except Exception as exc:  # a recording problem must never stop the proxy
                log.error("could not record an exchange: %s", scrub_text(str(exc)))
            finally:
                self.queue.task_done()

    def _record(self, item: Captured) -> None:
        ex = item.exchange
        if ex.response_body is not None and item.encoding:
            ex.response_body = _decoded(ex.response_body, item.encoding)
        if len(self.scrubber.values) > 10_000:
            self.scrubber.values.clear()
        clean = ex.scrubbed(self.scrubber)
        path = urlsplit(clean.url).path
        if clean.error:
            log.warning("%s %s -> 502 (upstream: %s)", clean.method, path, clean.error)
        else:
            op, issues = self.checker.check(clean)
            name = op.operation_id if op else "unknown operation"
            if issues:
                kinds = sorted({f"{i.kind} {i.pointer}".strip() for i in issues})
                shown = "; ".join(kinds[:5]) + (
                    f"; +{len(kinds) - 5} more" if len(kinds) > 5 else ""
                )
                log.warning(
                    "%s %s -> %s %s DRIFT: %s", clean.method, path, clean.status, name, shown
                )
            else:
                log.info("%s %s -> %s %s ok", clean.method, path, clean.status, name)
        self.writer.append(to_entry(clean))
        self.recorded += 1


def _decoded(data: bytes, encoding: str) -> bytes | None:
    """The body as the application sees it (HAR content is decoded); None when unknown."""
    out = data
    for coding in reversed([c.strip().lower() for c in encoding.split(",") if c.strip()]):
        if coding in ("gzip", "x-gzip", "deflate"):
            try:
                out = zlib.decompressobj(47 if coding != "deflate" else 15).decompress(out)
            except zlib.error:
                try:
                    out = zlib.decompressobj(-15).decompress(out)
                except zlib.error:
                    return None
        elif coding != "identity":
            return None  # br, zstd...: not decodable with the standard library
    return out

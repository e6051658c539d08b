"""Serving the sandbox with uvicorn: ``serve`` for ``python -m sandbox serve`` (one or several
worker processes), ``running`` for a sandbox in a background thread on 127.0.0.1 and a free
port (tests, contract runs, benchmarks) that stops when the context exits. Both use the
guarded HTTP protocol (request-head limits and deadline) and a short keep-alive timeout.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from .app import create_app
from .busypoll import BUSY_POLL
from .protocol import GuardedHttpToolsProtocol
from .redo import COMMIT_DELAY

KEEP_ALIVE = 5
"""Seconds an idle keep-alive connection stays open."""


def protocol_class(busy_poll: float) -> type[GuardedHttpToolsProtocol]:
    """The guarded protocol, polling its connections for ``busy_poll`` seconds before the
    server sleeps (sandbox.busypoll; 0: never)."""
    if busy_poll == GuardedHttpToolsProtocol.busy_poll:
        return GuardedHttpToolsProtocol
    attrs = {"busy_poll": max(busy_poll, 0.0)}
    return type("GuardedHttpToolsProtocol", (GuardedHttpToolsProtocol,), attrs)


def settings(*, busy_poll: float = BUSY_POLL, **extra: Any) -> dict[str, Any]:
    """uvicorn options every sandbox server uses."""
    return {
        "http": protocol_class(busy_poll),
        "timeout_keep_alive": KEEP_ALIVE,
        "access_log": False,
        "server_header": False,  # no "server: uvicorn" on every answer (bytes, a header to check)
        **extra,
    }


def serve(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    token_ttl: int | None = None,
    log_level: str = "warning",
    commit_delay: float = COMMIT_DELAY,
    busy_poll: float = BUSY_POLL,
) -> None:
    """Serve until interrupted; with ``workers`` > 1 each worker process opens the database
    (and ``commit_delay`` does not apply: every worker must see every answered write)."""
    if workers <= 1:
        app = create_app(db, token_ttl=token_ttl, commit_delay=commit_delay)
        options = settings(host=host, port=port, log_level=log_level, busy_poll=busy_poll)
        uvicorn.run(app, **options)
        return
    from .resources import load_all
    from .seed import seed_if_empty
    from .store import open_store

    load_all()
    store = open_store(db)  # seed once, here, before the workers race to do it
    seed_if_empty(store)
    store.close()
    os.environ["SANDBOX_DB"] = str(db)
    if token_ttl:
        os.environ["SANDBOX_TOKEN_TTL"] = str(token_ttl)
    # the workers are new processes: they read the poll window at import (sandbox.busypoll),
    # and the protocol class they are given must be the importable one
    os.environ["SANDBOX_BUSY_POLL_US"] = repr(max(busy_poll, 0.0) * 1e6)
    uvicorn.run(
        "sandbox.app:app_from_env",
        factory=True,
        **settings(host=host, port=port, log_level=log_level, workers=workers, busy_poll=BUSY_POLL),
    )


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(
    db: str | Path = ":memory:",
    token_ttl: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    commit_delay: float = 0.0,
    busy_poll: float = 0.0,
) -> Iterator[str]:
    """Yield the base URL (``http://127.0.0.1:PORT``) of a sandbox serving in this process
    (``port`` 0: a free one); the store is closed when it stops. No busy poll by default: its
    clients run in this process, and a polling server thread would hold the GIL they need."""
    port = port or free_port(host)
    app = create_app(db, token_ttl=token_ttl, commit_delay=commit_delay)
    config = uvicorn.Config(
        app,
        **settings(host=host, port=port, log_level="error", lifespan="off", busy_poll=busy_poll),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"sandbox-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        if not thread.is_alive():
            app.state.sandbox.close()

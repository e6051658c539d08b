"""One server per database: the serving process holds a lock that ``serve`` and ``reset``
check first, so a second server or a reset under a running one is refused with a clear message
(a second server would hand out the same ids; a reset would pull the data from under it).

SQLite: an exclusive ``flock`` on ``<db>.lock`` (released by the kernel when the process dies,
even on kill -9). PostgreSQL: a session advisory lock held on a dedicated connection; servers
take it shared (a team runs several servers, on several hosts, on one database: the store
keeps nothing in the process, so they agree), ``reset`` and ``seed`` take it exclusive.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

PG_LOCK_KEY = 0x5A4E_D80C
"""Advisory lock id the sandbox takes on a PostgreSQL database."""


class DatabaseInUse(RuntimeError):
    pass


def _is_pg(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


class DbLock:
    """Hold the database's server lock until :meth:`release` (or the process ends)."""

    def __init__(self, db: str | Path) -> None:
        self.db = str(db)
        self._handle: Any = None

    def acquire(self, what: str) -> DbLock:
        if self.db == ":memory:":
            return self
        if _is_pg(self.db):
            import psycopg

            conn = psycopg.connect(self.db, autocommit=True)
            fn = "pg_try_advisory_lock_shared" if what == "serve" else "pg_try_advisory_lock"
            got = conn.execute(f"SELECT {fn}(%s)", (PG_LOCK_KEY,)).fetchone()
            if not got or not got[0]:
                conn.close()
                raise DatabaseInUse(
                    f"cannot {what}: a sandbox server is already using {_safe(self.db)}; "
                    "stop it first"
                )
            self._handle = conn
            return self
        path = Path(self.db + ".lock")
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise DatabaseInUse(
                f"cannot {what}: a sandbox server (pid {holder}) is already using {self.db}; "
                "stop it first (or give several workers to one server with --workers)"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._handle = fd
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        if isinstance(self._handle, int):
            os.close(self._handle)
        else:
            self._handle.close()
        self._handle = None


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))

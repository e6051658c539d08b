"""Persistent document store: SQLite (WAL) underneath, an in-memory read cache on top.

Every resource is a JSON document keyed by (kind, id) and owned by one company; children
(say, a project's provider assignments) name their parent. The sandbox runs one event loop, and
handlers read-modify-write without awaiting in between, so each request is atomic and
concurrent writers cannot lose updates; ``transaction()`` groups several writes into one commit.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    company_id INTEGER NOT NULL,
    parent TEXT,
    seq INTEGER NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS docs_by_owner ON docs (kind, company_id, parent, seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    company_id INTEGER NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

Doc = dict[str, Any]


class Store:
    """Documents by kind; every read returns a fresh copy the caller may change."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.lock = threading.RLock()
        self._depth = 0
        self._dirty = False
        # (kind, id) -> (company_id, parent, seq, body bytes)
        self._cache: dict[tuple[str, str], tuple[int, str | None, int, bytes]] = {}
        self._by_kind: dict[str, dict[str, None]] = {}
        for kind, ident, company, parent, seq, body in self.db.execute(
            "SELECT kind, id, company_id, parent, seq, body FROM docs ORDER BY seq"
        ):
            self._remember(kind, ident, company, parent, seq, bytes(body))

    # -- transactions ---------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.lock:
            outer = self._depth == 0
            if outer:
                self.db.execute("BEGIN IMMEDIATE")
                self._dirty = False
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self.db.execute("ROLLBACK")
                    if self._dirty:
                        self._reload()
                raise
            self._depth -= 1
            if outer:
                self.db.execute("COMMIT")

    def _reload(self) -> None:
        self._cache.clear()
        self._by_kind.clear()
        for kind, ident, company, parent, seq, body in self.db.execute(
            "SELECT kind, id, company_id, parent, seq, body FROM docs ORDER BY seq"
        ):
            self._remember(kind, ident, company, parent, seq, bytes(body))

    # -- documents ------------------------------------------------------------------
    def _remember(
        self, kind: str, ident: str, company: int, parent: str | None, seq: int, body: bytes
    ) -> None:
        self._cache[(kind, ident)] = (company, parent, seq, body)
        self._by_kind.setdefault(kind, {})[ident] = None

    def get(self, kind: str, ident: object, company: int | None = None) -> Doc | None:
        """The document, or None when absent or owned by another company."""
        row = self._cache.get((kind, str(ident)))
        if row is None or (company is not None and row[0] != company):
            return None
        doc: Doc = orjson.loads(row[3])
        return doc

    def owner(self, kind: str, ident: object) -> tuple[int, str | None] | None:
        row = self._cache.get((kind, str(ident)))
        return None if row is None else (row[0], row[1])

    def put(
        self, kind: str, ident: object, company: int, doc: Doc, parent: object | None = None
    ) -> Doc:
        key = (kind, str(ident))
        body = orjson.dumps(doc)
        parent_key = None if parent is None else str(parent)
        with self.lock:
            old = self._cache.get(key)
            seq = old[2] if old else self.next_id("_seq")
            self.db.execute(
                "INSERT OR REPLACE INTO docs (kind, id, company_id, parent, seq, body) VALUES (?, ?, ?, ?, ?, ?)",
                (kind, key[1], company, parent_key, seq, body),
            )
            self._remember(kind, key[1], company, parent_key, seq, body)
            self._dirty = True
        return doc

    def delete(self, kind: str, ident: object) -> bool:
        key = (kind, str(ident))
        with self.lock:
            if key not in self._cache:
                return False
            self.db.execute("DELETE FROM docs WHERE kind = ? AND id = ?", key)
            del self._cache[key]
            self._by_kind.get(kind, {}).pop(key[1], None)
            self._dirty = True
        return True

    def list(
        self, kind: str, company: int | None = None, parent: object | None = None
    ) -> list[Doc]:
        """Documents of a kind in creation order, optionally of one company / parent."""
        parent_key = None if parent is None else str(parent)
        out = []
        for ident in self._by_kind.get(kind, {}):
            row = self._cache[(kind, ident)]
            if company is not None and row[0] != company:
                continue
            if parent is not None and row[1] != parent_key:
                continue
            out.append(orjson.loads(row[3]))
        return out

    def count(self, kind: str) -> int:
        return len(self._by_kind.get(kind, {}))

    # -- counters, tokens, meta -----------------------------------------------------
    def next_id(self, name: str, start: int = 1) -> int:
        with self.lock:
            row = self.db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
                (name, start),
            ).fetchone()
            return int(row[0])

    def save_token(
        self, token: str, kind: str, user_id: int, company_id: int, expires_at: float
    ) -> None:
        with self.lock:
            self.db.execute(
                "INSERT OR REPLACE INTO tokens (token, kind, user_id, company_id, expires_at) VALUES (?, ?, ?, ?, ?)",
                (token, kind, user_id, company_id, expires_at),
            )

    def find_token(self, token: str, kind: str) -> tuple[int, int, float] | None:
        row = self.db.execute(
            "SELECT user_id, company_id, expires_at FROM tokens WHERE token = ? AND kind = ?",
            (token, kind),
        ).fetchone()
        return None if row is None else (int(row[0]), int(row[1]), float(row[2]))

    def drop_token(self, token: str) -> None:
        with self.lock:
            self.db.execute("DELETE FROM tokens WHERE token = ?", (token,))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def wipe(self) -> None:
        with self.lock:
            for table in ("docs", "counters", "tokens", "meta"):
                self.db.execute(f"DELETE FROM {table}")
            self._cache.clear()
            self._by_kind.clear()

    def close(self) -> None:
        self.db.close()

"""Persistent document store; the database is the only copy of the data.

Every resource is a JSON document keyed by (kind, id) and owned by one company; children
(say, a project's provider assignments) name their parent. Nothing is cached in the process:
every read asks the database, so several workers (processes) on one database give the same
answers. A write request runs in one transaction (``transaction()``), which the database
serializes across threads and processes, so concurrent writers cannot lose updates.
Bytes (uploaded files) go in a table of their own as blobs owned by a document, so a document
stays small JSON; deleting the document deletes its blobs.
Indexed kinds (see :mod:`sandbox.indexes`) keep a row of extracted columns next to the body, in
the same transaction, so their lists filter, sort and page in SQL.

Backends: SQLite (this module; one file in WAL mode, one connection per thread) and PostgreSQL
(:mod:`sandbox.store_pg`); :func:`open_store` picks one from the ``--db`` value.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import redo
from .indexes import INDEXES, Index, Query
from .jsoncodec import dumps, loads

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    company_id BIGINT NOT NULL,
    parent TEXT,
    seq BIGINT NOT NULL,
    body BYTEA NOT NULL,
    PRIMARY KEY (kind, id)
)""",
    "CREATE INDEX IF NOT EXISTS docs_by_owner ON docs (kind, company_id, parent, seq)",
    "CREATE INDEX IF NOT EXISTS docs_by_seq ON docs (kind, seq)",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    company_id BIGINT NOT NULL,
    expires_at DOUBLE PRECISION NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS tokens_by_expiry ON tokens (expires_at)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS login_failures (key TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)",
    "CREATE INDEX IF NOT EXISTS login_failures_by_key ON login_failures (key, at)",
    """CREATE TABLE IF NOT EXISTS blobs (
    id BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    data BYTEA NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS blobs_by_owner ON blobs (kind, doc_id)",
]

Doc = dict[str, Any]
log = logging.getLogger("sandbox")
_SET_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_NEXT_SEQ = "SELECT coalesce(max(seq), 0) + 1 FROM docs WHERE kind = ?"
"""The ``seq`` of a kind's next document (its creation order; ``docs_by_seq`` answers it)."""
_JOINED: contextlib.nullcontext[None] = contextlib.nullcontext()
"""What :meth:`Store._write` gives inside an open transaction (reusable: it does nothing)."""
_PAGES: dict[tuple[Any, ...], tuple[str, str]] = {}
"""``Store._page_sql`` by shape of query."""
_GET_MANY: dict[int, str] = {}
"""``get_many``'s statement by number of keys."""
BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another process's transaction before failing."""
CHECKPOINT_EVERY = 0.1
"""Seconds between the background thread's WAL checkpoints (SQLite). Short enough that the WAL
stays far below BACKSTOP_PAGES at the highest write rates measured (creates at ~3,600/s append
~16 pages each: ~6,000 pages per interval); at 0.5 s it reached the backstop, and the
checkpoint then ran inside a create, which put a create's p99 at c=1 near 40 ms (5-7 ms now)."""
BACKSTOP_PAGES = 20_000
"""WAL size (pages) at which a committing request checkpoints itself after all, should the
background thread fall behind: SQLite's default is 1,000."""
_KINDS: dict[str, int] = {}
"""What each statement does, by its text (see :func:`_kind`)."""
READ, WRITE, OTHER = 0, 1, 2


def _kind(sql: str) -> int:
    """READ (a SELECT), WRITE (a change of data: what a deferred batch's redo log holds) or
    OTHER (BEGIN, COMMIT, a PRAGMA, DDL)."""
    found = _KINDS.get(sql)
    if found is None:
        if len(_KINDS) >= 4096:  # statements built per shape of query: keep it bounded
            _KINDS.clear()
        head = sql.lstrip()[:7].upper()
        if head.startswith("SELECT"):
            found = READ
        elif head.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            found = WRITE
        else:
            found = OTHER
        _KINDS[sql] = found
    return found


def _checkpoint_loop(path: str, stop: threading.Event) -> None:
    """Copy the WAL into the database file every CHECKPOINT_EVERY seconds.

    A checkpoint syncs the file to disk; in the committing request (SQLite's automatic
    checkpoint, every 1,000 pages) that wait held up every other client of the event loop and
    halved create throughput. Here it runs beside them (sqlite3 releases the GIL while it
    works). PASSIVE never blocks a reader or writer; durability is unchanged (a commit is in
    the WAL either way).
    """
    try:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        while not stop.wait(CHECKPOINT_EVERY):
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        db.close()
    except sqlite3.Error:  # the database went away (a temporary store removed): nothing to do
        return


class Store:
    """Documents by kind; every read returns a fresh copy the caller may change."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self._tmpdir: str | None = None
        if str(path).startswith(("postgresql://", "postgres://")):
            pass
        elif str(path) == ":memory:":
            # One private file rather than SQLite's per-connection memory database, so the
            # request threads (one connection each) see the same data.
            self._tmpdir = tempfile.mkdtemp(prefix="sandbox-")
            path = Path(self._tmpdir) / "sandbox.db"
            # gone with the store, or at exit for a store never closed
            self._cleanup = weakref.finalize(self, shutil.rmtree, self._tmpdir, True)
        self.path = str(path)
        self._local = threading.local()
        self._connections: list[Any] = []
        self._conn_lock = threading.Lock()
        self._redo: redo.RedoLog | None = None
        self._redo_id: str | None = None
        self._open_group: tuple[Any, Any] | None = None
        """(connection, thread-local state) of the open shared transaction, if any."""
        self.failed = False
        """A deferred batch could not be taken back to its members' writes: writing more
        here could diverge from the redo log, so nothing more is (see GroupCommit)."""
        self._create_schema()
        if self._sqlite:
            self.replay()
        self._checkpointer: threading.Thread | None = None
        self._stop = threading.Event()
        if self._sqlite:
            self._checkpointer = threading.Thread(
                target=_checkpoint_loop,
                args=(self.path, self._stop),
                name="sandbox-wal-checkpoint",
                daemon=True,
            )
            self._checkpointer.start()
            weakref.finalize(self, self._stop.set)  # a store never closed stops it too

    @property
    def _sqlite(self) -> bool:
        return type(self)._connect is Store._connect

    @property
    def embedded(self) -> bool:
        """Whether statements run in this process (SQLite), not across a network round trip."""
        return self._sqlite

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> Any:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing
        db.execute("PRAGMA temp_store=MEMORY")  # savepoint journals (group commit) in memory
        db.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")  # see _checkpoint_loop
        return db

    def _create_schema(self) -> None:
        with self.transaction():
            for statement in SCHEMA:
                self._exec(self._ddl(statement))
            for kind, index in INDEXES.items():
                # an index table of other columns or indexes (an older sandbox) is dropped and
                # rebuilt from the documents
                signature = "; ".join(index.ddl())
                if self.get_meta(f"index:{index.table}") != signature:
                    self._exec(f"DROP TABLE IF EXISTS {index.table}")
                    self._exec(f"DROP TABLE IF EXISTS {index.counts_table}")
                    self.set_meta(f"index:{index.table}", signature)
                for statement in index.ddl():
                    self._exec(self._ddl(statement))
                self._check_index(kind, index)

    def _ddl(self, statement: str) -> str:
        return statement.replace("BYTEA", "BLOB")

    def _check_index(self, kind: str, index: Index) -> None:
        """Rebuild an index table that is out of step with the documents (a database written
        before the table existed), and its bucket counts."""
        docs = self._one("SELECT count(*) FROM docs WHERE kind = ?", (kind,))[0]
        rows = self._one(f"SELECT count(*) FROM {index.table}")[0]
        if docs != rows:
            self._exec(f"DELETE FROM {index.table}")
            for company, ident, body in self._rows(
                "SELECT company_id, id, body FROM docs WHERE kind = ?", (kind,)
            ):
                self._upsert_index(index, ident, company, index.extract(loads(body)))
        if index.buckets:
            counted = self._one(f"SELECT coalesce(sum(n), 0) FROM {index.counts_table}")[0]
            if counted != docs or docs != rows:
                names = ", ".join(["company_id", *index.buckets])
                self._exec(f"DELETE FROM {index.counts_table}")
                self._exec(
                    f"INSERT INTO {index.counts_table} ({names}, n) "
                    f"SELECT {names}, count(*) FROM {index.table} GROUP BY {names}"
                )

    @property
    def db(self) -> Any:
        """This thread's connection (opened on first use)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            self._local.depth = 0
            self._local.group = None
            self._local.deferred = False
            self._local.recording = None
            with self._conn_lock:
                self._connections.append(conn)
        return conn

    def _sql(self, sql: str) -> str:
        return sql

    def _conn(self) -> Any:
        """This thread's connection for a statement; outside a member of an open group, the
        group commits first (see begin_group)."""
        local = self._local  # read once: this runs for every statement
        db = getattr(local, "conn", None)
        if db is None:
            db = self.db
        if local.group is not None and local.depth == 0:
            local.group()
        return db

    def _exec(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Any:
        local = self._local  # read once: this runs for every statement
        db = getattr(local, "conn", None)
        if db is None:
            db = self.db
        if local.group is not None:
            if local.depth == 0:
                # outside a member: commit the group first, but a deferred group's writes
                # are already answered, so a read may see them where they are
                if not (local.deferred and _kind(sql) == READ):
                    local.group()
            elif local.recording is not None and _kind(sql) == WRITE:
                local.recording.append((sql, tuple(params)))
        return db.execute(self._sql(sql), params)

    def _rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        rows: list[Any] = self._exec(sql, params).fetchall()  # sqlite3 answers a fresh list
        return rows

    def _many(self, sql: str, rows: builtins.list[tuple[Any, ...]]) -> None:
        db = self._conn()
        if self._local.recording is not None and self._local.depth > 0:
            self._local.recording.extend((sql, tuple(row)) for row in rows)
        db.executemany(self._sql(sql), rows)

    def _one(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # -- transactions ------------------------------------------------------------------------
    def _begin(self) -> None:
        self._exec("BEGIN IMMEDIATE")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one commit; nested calls join the outer transaction."""
        self.db  # noqa: B018  (opens this thread's connection and depth)
        outer = self._local.depth == 0
        if outer:
            self._begin()
        self._local.depth += 1
        try:
            yield
        except BaseException:
            self._local.depth -= 1
            if outer:
                self._exec("ROLLBACK")
            raise
        self._local.depth -= 1
        if outer:
            self._exec("COMMIT")

    def _write(self) -> contextlib.AbstractContextManager[None]:
        """:meth:`transaction` for a write, or nothing when this thread is inside one already
        (a request's, or a group member's): a nested transaction only joins the outer one, and
        its generator costs more than the statement of a counter."""
        if getattr(self._local, "depth", 0) > 0:
            return _JOINED
        return self.transaction()

    # -- group commit (SQLite) ---------------------------------------------------------------
    # A commit writes every page the transaction changed to the WAL (a create: 16 pages, about
    # a third of its cost), and concurrent creates change mostly the same pages (the last leaf
    # of each index). So writes that are ready together share one transaction: the first opens
    # it (begin_group), each runs in its own savepoint (member), and one COMMIT
    # (commit_group) ends it before any of them is answered. Anything else this thread runs
    # meanwhile, outside a member, first calls the group's ``flush`` (which must commit it), so
    # it never reads or builds on changes nobody has committed yet. A deferred group (see
    # defer_commits) answers each member once its writes are in the redo log; its members
    # have no savepoints (a failed one is undone by _undo), and reads outside a member do not
    # flush it: what they see is answered already.
    def begin_group(self, flush: Callable[[], None], deferred: bool = False) -> None:
        """Open a shared write transaction on this thread's connection unless one is open;
        ``flush`` commits it and is called before any statement run outside a member (only
        before a write when ``deferred``: see :meth:`defer_commits`)."""
        local = self._local
        self.db  # noqa: B018
        if local.group is None and local.depth == 0:
            self._begin()
            if deferred:
                if self._redo is None:
                    self._exec("ROLLBACK")
                    raise RuntimeError("a deferred group needs defer_commits() first")
                local.batch = self._committed_batch() + 1
                local.written = []
                self._redo.start()
                local.conn.execute("SAVEPOINT batch")  # where a failed member's undo starts
            local.deferred = deferred
            local.group = flush
            self._open_group = (local.conn, local)

    @property
    def group_open(self) -> bool:
        return getattr(self._local, "group", None) is not None

    @property
    def group_bytes(self) -> int:
        """Bytes of redo log the open deferred group has written so far."""
        return self._redo.offset if self._redo is not None and self.group_open else 0

    def commit_group(self) -> None:
        """Commit this thread's shared transaction, if one is open; on failure it is rolled
        back (none of its members' writes remain) and the error raised."""
        local = self._local
        if getattr(local, "group", None) is None:
            return
        self._finish_group(local.conn, local)

    def _finish_group(self, db: Any, local: Any) -> None:
        local.group = None
        self._open_group = None
        try:
            if local.deferred and self.failed:
                raise RuntimeError("the deferred batch could not be undone; not committed")
            if local.deferred:
                # the batch's number commits with it: its redo records are never replayed
                db.execute(_SET_META, ("redo_batch", str(local.batch)))
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                db.execute("ROLLBACK")
            raise
        finally:
            local.deferred = False

    @contextmanager
    def member(self, keep: Callable[[BaseException], bool] = lambda exc: False) -> Iterator[None]:
        """One request's writes inside the open group: an exception undoes them (unless
        ``keep(exc)``: a failed login's record stays) and leaves the others'. Transactions
        opened inside join it. In a deferred group the writes that stay are appended to the
        redo log before this returns (an OSError if they could not be: then they are undone
        too)."""
        local = self._local
        if local.group is None or local.depth != 0:
            raise RuntimeError("member() needs an open group and no transaction")
        if local.deferred:
            yield from self._deferred_member(local, keep)
            return
        db = self.db  # statements of the group itself: never a reason to flush it
        db.execute("SAVEPOINT member")
        local.depth += 1
        try:
            yield
        except BaseException as exc:
            local.depth -= 1
            if not keep(exc):
                db.execute("ROLLBACK TO member")
            db.execute("RELEASE member")
            raise
        local.depth -= 1
        db.execute("RELEASE member")

    def _deferred_member(self, local: Any, keep: Callable[[BaseException], bool]) -> Iterator[None]:
        """A member of a deferred group, without a savepoint of its own (one per member was
        ~8% of a create): its writes are recorded, and undone, when it fails having written
        any, by rolling the batch back to its start and running the members' writes that
        stay again (what a replay after a crash does)."""
        recording: builtins.list[redo.Statement] = []
        local.recording = recording
        local.depth += 1
        try:
            yield
        except BaseException as exc:
            local.depth -= 1
            local.recording = None
            if keep(exc):
                self._log(local, recording)
            elif recording:
                self._undo(local)
            raise
        local.depth -= 1
        local.recording = None
        self._log(local, recording)

    def _log(self, local: Any, recording: builtins.list[redo.Statement]) -> None:
        """Append a member's writes to the redo log and the batch's; undo them if the redo
        log could not take them."""
        if not recording or self._redo is None or self._redo_id is None:
            return
        try:
            self._redo.append(self._redo_id, local.batch, recording)
        except BaseException:
            self._undo(local)
            raise
        local.written.extend(recording)

    def _undo(self, local: Any) -> None:
        """Take the deferred batch back to the writes of its members that stay."""
        db = local.conn
        try:
            db.execute("ROLLBACK TO batch")
            for sql, params in local.written:
                db.execute(self._sql(sql), params)
        except BaseException:
            # the same statements on the same state cannot fail; if they did, nothing
            # more is written here: the redo log has every answered write for a restart
            self.failed = True
            raise

    # -- deferred commits (SQLite, one serving process) --------------------------------------
    def defer_commits(self) -> None:
        """Let groups opened with ``deferred=True`` answer before their COMMIT, each member's
        writes kept in the redo log (:mod:`sandbox.redo`) until then. Only for a process that
        serves this database alone: another process would not see the writes until the
        COMMIT."""
        if not self._sqlite:
            raise RuntimeError("deferred commits need SQLite")
        with self.transaction():
            redo_id = self.get_meta("redo_id")
            if redo_id is None:
                redo_id = os.urandom(8).hex()
                self.set_meta("redo_id", redo_id)
        self._redo_id = redo_id
        self._redo = redo.RedoLog(self.path + "-redo")

    def _committed_batch(self) -> int:
        value = self.get_meta("redo_batch")
        return int(value) if value is not None else 0

    def replay(self) -> int:
        """Apply the redo records of a deferred batch that never committed (the process
        serving it was killed); how many write statements were replayed."""
        path = self.path + "-redo"
        if not os.path.exists(path):
            return 0
        count = 0
        with self.transaction():
            committed = self._committed_batch()
            last = committed
            for batch, statements in redo.pending(path, self.get_meta("redo_id"), committed):
                for sql, params in statements:
                    self._exec(sql, params)
                count += len(statements)
                last = batch
            if last != committed:
                self.set_meta("redo_batch", str(last))
        if count:
            log.warning("replayed %d write(s) of a deferred commit from %s", count, path)
        return count

    # -- documents ---------------------------------------------------------------------------
    def get(self, kind: str, ident: object, company: int | None = None) -> Doc | None:
        """The document, or None when absent or owned by another company."""
        raw = self.get_bytes(kind, ident, company)
        if raw is None:
            return None
        doc: Doc = loads(raw)
        return doc

    def get_many(
        self, keys: builtins.list[tuple[str, object]]
    ) -> dict[tuple[str, str], Doc | None]:
        """Several documents, whatever their company, in one statement: ``(kind, str(id))`` of
        each key -> its document, or None when absent (a statement costs more than the
        look-up it does)."""
        found: dict[tuple[str, str], Doc | None] = {
            (kind, str(ident)): None for kind, ident in keys
        }
        if not found:
            return found
        sql = _GET_MANY.get(len(found))
        if sql is None:
            where = " OR ".join(["(kind = ? AND id = ?)"] * len(found))
            sql = _GET_MANY.setdefault(len(found), f"SELECT kind, id, body FROM docs WHERE {where}")
        params = [part for key in found for part in key]
        for kind, ident, body in self._rows(sql, params):
            found[(kind, ident)] = loads(body)
        return found

    def get_bytes(self, kind: str, ident: object, company: int | None = None) -> bytes | None:
        """Like :meth:`get`, but the document as its stored JSON bytes, undecoded: an answer
        that is the whole document splices them in (see :meth:`page_bodies`)."""
        row = self._one(
            "SELECT company_id, body FROM docs WHERE kind = ? AND id = ?", (kind, str(ident))
        )
        if row is None or (company is not None and row[0] != company):
            return None
        return bytes(row[1])

    def owner(self, kind: str, ident: object) -> tuple[int, str | None] | None:
        row = self._one(
            "SELECT company_id, parent FROM docs WHERE kind = ? AND id = ?", (kind, str(ident))
        )
        return None if row is None else (int(row[0]), row[1])

    def put(
        self,
        kind: str,
        ident: object,
        company: int,
        doc: Doc,
        parent: object | None = None,
        *,
        new: bool = False,
    ) -> Doc:
        """Store ``doc``; ``new=True`` says its id was just allocated, so the insert is tried
        first (one statement less, and no look-up of an index row that cannot exist); an id
        that does exist after all is still updated."""
        self.put_bytes(kind, ident, company, doc, parent, new=new)
        return doc

    def put_bytes(
        self,
        kind: str,
        ident: object,
        company: int,
        doc: Doc,
        parent: object | None = None,
        *,
        new: bool = False,
    ) -> bytes:
        """:meth:`put`, answering the stored JSON bytes of ``doc`` (what an answer that is the
        whole document may splice in rather than encode it again)."""
        key = str(ident)
        body = dumps(doc)
        parent_key = None if parent is None else str(parent)
        with self._write():
            inserted = new and self._insert(kind, key, company, parent_key, body)
            # An update that keeps the owner sets the body alone: setting the owner's columns
            # too rewrites their index (docs_by_owner), one more page in the commit, even when
            # their values stay the same.
            if not inserted and not self._update_body(kind, key, company, parent_key, body):
                inserted = self._insert(kind, key, company, parent_key, body)
                if not inserted:  # it exists, owned otherwise
                    self._exec(
                        "UPDATE docs SET company_id = ?, parent = ?, body = ? "
                        "WHERE kind = ? AND id = ?",
                        (company, parent_key, body, kind, key),
                    )
            index = INDEXES.get(kind)
            if index is not None:
                self._index(index, key, company, doc, fresh=inserted)
        return body

    def _update_body(
        self, kind: str, key: str, company: int, parent_key: str | None, body: bytes
    ) -> bool:
        """Replace the body of a document that exists with this owner (else False)."""
        parent = "parent IS NULL" if parent_key is None else "parent = ?"
        params = (body, kind, key, company, *(() if parent_key is None else (parent_key,)))
        sql = f"UPDATE docs SET body = ? WHERE kind = ? AND id = ? AND company_id = ? AND {parent}"
        return bool(self._exec(sql, params).rowcount)

    def _insert(
        self, kind: str, key: str, company: int, parent_key: str | None, body: bytes
    ) -> bool:
        """Insert a document unless its id exists (then False, and nothing written). Its
        ``seq`` (creation order within its kind, which is all that lists sort by) is the
        kind's highest plus one, read in the same statement from ``docs_by_seq``: writes are
        serialized, so no other writer can take the same value, and no counter row is
        written (a statement less per insert than the ``_seq`` counter this replaced)."""
        return bool(
            self._exec(
                "INSERT INTO docs (kind, id, company_id, parent, seq, body) VALUES "
                f"(?, ?, ?, ?, ({_NEXT_SEQ}), ?) ON CONFLICT (kind, id) DO NOTHING",
                (kind, key, company, parent_key, kind, body),
            ).rowcount
        )

    def _index(self, index: Index, key: str, company: int, doc: Doc, fresh: bool = False) -> None:
        """Write the index row; ``fresh``: the document was just inserted, so it has none yet
        (insert and delete keep the index rows and documents in step)."""
        row = (company, *index.row(index.extract(doc)))  # company_id, then the columns
        old = None if fresh else self._one(index.row_sql, (key,))
        if index.buckets:
            places = index.bucket_places
            new_bucket = tuple(row[i] for i in places)
            old_bucket = None if old is None else tuple(old[i] for i in places)
            if old_bucket != new_bucket:
                if old_bucket is not None:
                    self._bump(index, old_bucket, -1)
                self._bump(index, new_bucket, 1)
        if old is None:
            self._exec(index.upsert_sql, (key, *row))
            return
        # only the columns that changed: each index on a column set is rewritten (one more
        # page in the commit) even when its value stays the same
        changed = tuple(i for i, (was, now) in enumerate(zip(old, row, strict=True)) if was != now)
        if changed:
            self._exec(index.update_sql(changed), (*(row[i] for i in changed), key))

    def _bucket_of(self, index: Index, key: str) -> tuple[Any, ...] | None:
        row = self._one(index.bucket_sql, (key,))
        return None if row is None else tuple(row)

    def _bump(self, index: Index, bucket: tuple[Any, ...], delta: int) -> None:
        self._exec(index.bump_sql, (*bucket, delta))

    def _upsert_index(self, index: Index, key: str, company: int, values: dict[str, Any]) -> None:
        self._exec(index.upsert_sql, (key, company, *index.row(values)))

    def delete(self, kind: str, ident: object) -> bool:
        key = str(ident)
        with self.transaction():
            gone = self._exec("DELETE FROM docs WHERE kind = ? AND id = ?", (kind, key)).rowcount
            self._exec("DELETE FROM blobs WHERE kind = ? AND doc_id = ?", (kind, key))
            index = INDEXES.get(kind)
            if index is not None:
                old = self._bucket_of(index, key) if index.buckets else None
                if old is not None:
                    self._bump(index, old, -1)
                self._exec(index.delete_sql, (key,))
        return bool(gone)

    def list(
        self, kind: str, company: int | None = None, parent: object | None = None
    ) -> builtins.list[Doc]:
        """Documents of a kind in creation order, optionally of one company / parent."""
        sql = "SELECT body FROM docs WHERE kind = ?"
        params: builtins.list[Any] = [kind]
        if company is not None:
            sql += " AND company_id = ?"
            params.append(company)
        if parent is not None:
            sql += " AND parent = ?"
            params.append(str(parent))
        return [loads(row[0]) for row in self._rows(sql + " ORDER BY seq", params)]

    def count(self, kind: str) -> int:
        return int(self._one("SELECT count(*) FROM docs WHERE kind = ?", (kind,))[0])

    # -- blobs -------------------------------------------------------------------------------
    def put_blob(self, kind: str, ident: object, data: bytes) -> int:
        """Store ``data`` as a blob owned by document (``kind``, ``ident``); its key. The blob
        goes when that document is deleted (:meth:`delete`) or the store wiped."""
        with self.transaction():
            key = self.next_id("_blob")
            self._exec(
                "INSERT INTO blobs (id, kind, doc_id, data) VALUES (?, ?, ?, ?)",
                (key, kind, str(ident), data),
            )
        return key

    def get_blob(self, key: int) -> bytes | None:
        """The bytes of blob ``key``, or None when it is gone."""
        row = self._one("SELECT data FROM blobs WHERE id = ?", (key,))
        return None if row is None else bytes(row[0])

    # -- indexed lists -----------------------------------------------------------------------
    def page(
        self, kind: str, company: int, query: Query, offset: int, limit: int
    ) -> tuple[int, builtins.list[Doc]]:
        """(total, one page of documents) of an indexed kind, filtered and sorted in SQL."""
        total, bodies = self.page_bodies(kind, company, query, offset, limit)
        return total, [loads(body) for body in bodies]

    def page_bodies(
        self, kind: str, company: int, query: Query, offset: int, limit: int
    ) -> tuple[int, builtins.list[bytes]]:
        """Like :meth:`page`, but each document as its stored JSON bytes, undecoded: a list
        answer splices them into its body instead of decoding and re-encoding each one."""
        count_sql, page_sql = self._page_sql(kind, query)
        total = self._one(count_sql, (company, *query.params))[0]
        rows = self._rows(page_sql, (kind, company, *query.params, limit, offset))
        return int(total), [bytes(row[0]) for row in rows]

    def _page_sql(self, kind: str, query: Query) -> tuple[str, str]:
        """The statements of a page (its total, its documents), built once per shape of
        query: they depend only on the kind, the filters' SQL and the order."""
        key = (kind, tuple(query.where), query.order_by, frozenset(query.columns))
        found = _PAGES.get(key)
        if found is not None:
            return found
        index = INDEXES[kind]
        where = " AND ".join(["i.company_id = ?", *query.where])
        if index.buckets and query.columns <= set(index.buckets):
            count_sql = f"SELECT coalesce(sum(n), 0) FROM {index.counts_table} i WHERE {where}"
        else:
            count_sql = f"SELECT count(*) FROM {index.table} i WHERE {where}"
        order = ", ".join(f"i.{part.strip()}" for part in query.order_by.split(","))
        page_sql = (
            f"SELECT d.body FROM {index.table} i JOIN docs d ON d.kind = ? AND d.id = i.doc_id "
            f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        if len(_PAGES) >= 1024:  # lists of values vary in length: keep it bounded
            _PAGES.clear()
        _PAGES[key] = (count_sql, page_sql)
        return count_sql, page_sql

    def select(self, kind: str, company: int, query: Query) -> builtins.list[Doc]:
        """Every document of an indexed kind that matches ``query`` (for small answers)."""
        index = INDEXES[kind]
        where = " AND ".join(["i.company_id = ?", *query.where])
        order = ", ".join(f"i.{part.strip()}" for part in query.order_by.split(","))
        rows = self._rows(
            f"SELECT d.body FROM {index.table} i JOIN docs d ON d.kind = ? AND d.id = i.doc_id "
            f"WHERE {where} ORDER BY {order}",
            (kind, company, *query.params),
        )
        return [loads(row[0]) for row in rows]

    def tally(
        self, kind: str, company: int, column: str, query: Query | None = None
    ) -> dict[Any, int]:
        """How many documents of an indexed kind have each value of ``column``."""
        index = INDEXES[kind]
        if column not in index.columns:
            raise KeyError(column)
        query = query or Query()
        where = " AND ".join(["company_id = ?", *query.where])
        if column in index.buckets and query.columns <= set(index.buckets):
            sql = (
                f"SELECT {column}, sum(n) FROM {index.counts_table} WHERE {where} GROUP BY {column}"
            )
        else:
            sql = f"SELECT {column}, count(*) FROM {index.table} WHERE {where} GROUP BY {column}"
        rows = self._rows(sql, (company, *query.params))
        return {row[0]: int(row[1]) for row in rows}

    # -- bulk --------------------------------------------------------------------------------
    def put_many(self, kind: str, items: builtins.list[tuple[object, int, Doc]]) -> None:
        """Insert many new documents of one kind at once (bulk seeding); ids must be new."""
        if not items:
            return
        index = INDEXES.get(kind)
        with self.transaction():
            first = self._one(_NEXT_SEQ, (kind,))[0]  # see _insert
            self._load(
                "docs",
                ["kind", "id", "company_id", "parent", "seq", "body"],
                [
                    (kind, str(ident), company, None, first + n, dumps(doc))
                    for n, (ident, company, doc) in enumerate(items)
                ],
            )
            if index is not None:
                rows = [
                    (str(ident), company, *index.row(index.extract(doc)))
                    for ident, company, doc in items
                ]
                names = ["doc_id", "company_id", *index.columns]
                self._load(index.table, names, rows)
                if index.buckets:
                    at = [names.index(b) for b in ("company_id", *index.buckets)]
                    tally = Counter(tuple(row[i] for i in at) for row in rows)
                    for bucket, n in tally.items():
                        self._bump(index, bucket, n)

    def _load(
        self, table: str, columns: builtins.list[str], rows: builtins.list[tuple[Any, ...]]
    ) -> None:
        """Insert many new rows (bulk seeding); PostgreSQL uses COPY instead."""
        marks = ", ".join("?" for _ in columns)
        self._many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def analyze(self) -> None:
        """Refresh the query planner's statistics after a bulk load. SQLite: nothing to do (with
        no statistics its planner walks the index that matches the ORDER BY, which is what a
        page wants); PostgreSQL overrides this."""

    # -- counters, tokens, meta --------------------------------------------------------------
    def next_id(self, name: str, start: int = 1) -> int:
        return self.reserve(name, 1, start)

    def reserve(self, name: str, count: int, start: int = 1) -> int:
        """The first of ``count`` consecutive new values of counter ``name``."""
        with self._write():
            row = self._one(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = counters.value + ? RETURNING value",
                (name, start + count - 1, count),
            )
        return int(row[0]) - count + 1

    def save_token(
        self, token: str, kind: str, user_id: int, company_id: int, expires_at: float
    ) -> None:
        self._exec(
            "INSERT INTO tokens (token, kind, user_id, company_id, expires_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (token) DO UPDATE SET kind = excluded.kind, "
            "user_id = excluded.user_id, company_id = excluded.company_id, "
            "expires_at = excluded.expires_at",
            (token, kind, user_id, company_id, expires_at),
        )

    def find_token(self, token: str, kind: str) -> tuple[int, int, float] | None:
        row = self._one(
            "SELECT user_id, company_id, expires_at FROM tokens WHERE token = ? AND kind = ?",
            (token, kind),
        )
        return None if row is None else (int(row[0]), int(row[1]), float(row[2]))

    def drop_token(self, token: str) -> bool:
        """Remove a token; False when it was already gone (another request used it)."""
        return bool(self._exec("DELETE FROM tokens WHERE token = ?", (token,)).rowcount)

    def purge_tokens(self, now: float) -> int:
        """Delete the tokens that expired before ``now``; how many went."""
        return int(self._exec("DELETE FROM tokens WHERE expires_at < ?", (now,)).rowcount)

    def note_failure(self, key: str, at: float) -> None:
        """Record a failed login for ``key`` (a username or client id)."""
        self._exec("INSERT INTO login_failures (key, at) VALUES (?, ?)", (key, at))

    def recent_failures(self, key: str, since: float) -> builtins.list[float]:
        """Times of ``key``'s failed logins since ``since``, oldest first (older ones go)."""
        self._exec("DELETE FROM login_failures WHERE at < ?", (since,))
        rows = self._rows(
            "SELECT at FROM login_failures WHERE key = ? AND at >= ? ORDER BY at", (key, since)
        )
        return [float(row[0]) for row in rows]

    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._exec(_SET_META, (key, value))

    def wipe(self) -> None:
        with self.transaction():
            tables = ["docs", "blobs", "counters", "tokens", "login_failures"]
            tables += [i.table for i in INDEXES.values()]
            tables += [i.counts_table for i in INDEXES.values() if i.buckets]
            for table in tables:
                self._exec(f"DELETE FROM {table}")
            # the index signatures stay, and the redo log's keys (its records must never
            # apply to the wiped data)
            self._exec(
                "DELETE FROM meta WHERE key NOT LIKE 'index:%' "
                "AND key NOT IN ('redo_id', 'redo_batch')"
            )

    def close(self) -> None:
        """Close every connection; an open deferred group is committed first (its members
        are answered; call this once serving has stopped, when the group's thread is not
        running a member). Any other open group is rolled back: its members, not answered
        yet, are answered with an error (sandbox.group_commit)."""
        if self._open_group is not None and self._open_group[1].deferred:
            db, local = self._open_group
            try:
                self._finish_group(db, local)
            except Exception:  # its redo records, if any, are replayed at the next open
                log.exception("could not commit the open group while closing the store")
        if self._redo is not None:
            self._redo.close()
        self._stop.set()
        if self._checkpointer is not None:
            self._checkpointer.join(timeout=5)
            self._checkpointer = None
        with self._conn_lock:
            for conn in self._connections:
                with contextlib.suppress(Exception):  # another thread's: best effort
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
        if self._tmpdir is not None:
            self._cleanup()
            self._tmpdir = None


def open_store(db: str | Path) -> Store:
    """The store for a ``--db`` value: a PostgreSQL URL, else a SQLite file (or :memory:)."""
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        from .store_pg import PgStore

        store: Store = PgStore(text)
        return store
    return Store(db)
